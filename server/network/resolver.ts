// Name resolution as a function value, so the URL check and the connection
// can share one (and tests can use a fake: these machines have no outside DNS).
import { lookup } from "node:dns/promises";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const DEFAULT_RESOLVE_TIMEOUT_MS = 5_000;

/** The operating system's resolver (getaddrinfo: /etc/hosts, then DNS), as net.connect uses. */
export const systemResolver: Resolver = async (hostname) => {
  const addresses = await lookup(hostname, { all: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export type ResolveFailure = "NOT_FOUND" | "TIMEOUT" | "FAILED";

export class ResolveError extends Error {
  override name = "ResolveError";
  constructor(
    readonly hostname: string,
    readonly failure: ResolveFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// getaddrinfo codes that mean "this name has no addresses", as opposed to a
// resolver that could not answer.
const NOT_FOUND_CODES = new Set(["ENOTFOUND", "ENODATA", "EAI_NONAME", "EAI_NODATA"]);

/**
 * Resolves with a deadline. getaddrinfo cannot be cancelled, so a slow lookup
 * is abandoned rather than stopped. Throws ResolveError; never returns [].
 */
export async function resolveHost(
  hostname: string,
  resolver: Resolver = systemResolver,
  timeoutMs = DEFAULT_RESOLVE_TIMEOUT_MS,
): Promise<ResolvedAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ResolveError(hostname, "TIMEOUT", `${hostname} did not resolve within ${formatSeconds(timeoutMs)}`)),
      timeoutMs,
    );
  });
  try {
    const addresses = await Promise.race([resolver(hostname), deadline]);
    if (addresses.length === 0) throw new ResolveError(hostname, "NOT_FOUND", `${hostname} does not resolve to any address`);
    return addresses;
  } catch (error) {
    if (error instanceof ResolveError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && NOT_FOUND_CODES.has(code)) throw new ResolveError(hostname, "NOT_FOUND", `${hostname} does not resolve`, { cause: error });
    throw new ResolveError(hostname, "FAILED", `${hostname} could not be resolved (${code ?? (error as Error).message})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
