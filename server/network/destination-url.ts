// The checks a destination URL passes when it is created or changed. The same
// address policy is applied again at send time (pinned-lookup.ts): DNS may
// change in between, so this check is for early, understandable feedback.
import { isIP } from "node:net";
import { ValidationError } from "../errors.ts";
import { checkAddress, type AddressPolicy } from "./address-policy.ts";
import { DEFAULT_RESOLVE_TIMEOUT_MS, ResolveError, resolveHost, systemResolver, type Resolver } from "./resolver.ts";

export interface DestinationUrlPolicy {
  addresses: AddressPolicy;
  /** Plain http is for local development (SWITCHYARD_ALLOW_HTTP=true). */
  allowHttp: boolean;
  resolver?: Resolver;
  resolveTimeoutMs?: number;
}

export type DestinationUrlIssueCode =
  "INVALID_URL" | "TOO_LONG" | "SCHEME" | "CREDENTIALS" | "FRAGMENT" | "PORT" | "UNRESOLVABLE" | "BLOCKED_ADDRESS";

export interface DestinationUrlIssue {
  code: DestinationUrlIssueCode;
  message: string;
}

export type DestinationUrlCheck =
  | { ok: true; url: URL; /** What the host resolved to (or the literal itself). */ addresses: string[] }
  | { ok: false; issues: DestinationUrlIssue[] };

export const MAX_URL_LENGTH = 2048;

export async function checkDestinationUrl(raw: string, policy: DestinationUrlPolicy): Promise<DestinationUrlCheck> {
  const fail = (code: DestinationUrlIssueCode, message: string): DestinationUrlCheck => ({ ok: false, issues: [{ code, message }] });
  if (raw.length > MAX_URL_LENGTH) return fail("TOO_LONG", `The URL must be at most ${MAX_URL_LENGTH} characters`);
  if (!URL.canParse(raw)) return fail("INVALID_URL", "Enter an absolute URL, such as https://hooks.example.com/switchyard");
  const url = new URL(raw);

  const issues: DestinationUrlIssue[] = [];
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    issues.push({ code: "SCHEME", message: `${url.protocol.slice(0, -1)} URLs are not supported: https is required` });
  } else if (url.protocol === "http:" && !policy.allowHttp) {
    issues.push({
      code: "SCHEME",
      message: "https is required (plain http is allowed only when the operator sets SWITCHYARD_ALLOW_HTTP=true)",
    });
  }
  if (url.username !== "" || url.password !== "") {
    issues.push({ code: "CREDENTIALS", message: "The URL must not contain a username or password: use a credential instead" });
  }
  // A fragment is never sent over HTTP, so keeping one would only mislead.
  if (url.hash !== "" || raw.includes("#")) issues.push({ code: "FRAGMENT", message: "The URL must not contain a fragment (#…)" });
  if (url.port === "0") issues.push({ code: "PORT", message: "Port 0 cannot be called" });
  if (url.hostname === "") issues.push({ code: "INVALID_URL", message: "The URL must name a host" });
  if (issues.length > 0) return { ok: false, issues };

  const host = bareHost(url.hostname);
  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = (await resolveHost(host, policy.resolver ?? systemResolver, policy.resolveTimeoutMs ?? DEFAULT_RESOLVE_TIMEOUT_MS)).map(
        (a) => a.address,
      );
    } catch (error) {
      if (error instanceof ResolveError) return fail("UNRESOLVABLE", error.message);
      throw error;
    }
  }

  for (const address of addresses) {
    const verdict = checkAddress(address, policy.addresses);
    if (verdict.allowed) continue;
    const message = address === host ? `${host} is ${verdict.reason}` : `${host} resolves to ${address}, ${verdict.reason}`;
    issues.push({ code: "BLOCKED_ADDRESS", message: `${message}, which Switchyard does not call` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, url, addresses };
}

/**
 * checkDestinationUrl for an input field: returns the normalized URL or throws
 * ValidationError with every issue at `path`.
 */
export async function parseDestinationUrl(raw: string, policy: DestinationUrlPolicy, path: string[] = ["input", "url"]): Promise<URL> {
  const result = await checkDestinationUrl(raw, policy);
  if (!result.ok) throw new ValidationError(result.issues.map((issue) => ({ path, message: issue.message })));
  return result.url;
}

// URL keeps IPv6 literals in brackets ("[::1]"); resolvers and policy want "::1".
function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}
