// A `lookup` for net.connect / undici's `connect.lookup`: it resolves the
// host once, vets every address, and hands net.connect only vetted ones. The
// socket then dials exactly what was vetted, so a DNS answer that changes
// between check and connect (rebinding) cannot reach a blocked address.
import type { LookupAddress, LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import { checkAddress, type AddressPolicy } from "./address-policy.ts";
import { DEFAULT_RESOLVE_TIMEOUT_MS, resolveHost, systemResolver, type ResolvedAddress, type Resolver } from "./resolver.ts";
import { SsrfBlockedError } from "./ssrf-blocked-error.ts";

export interface PinnedLookupOptions {
  resolver?: Resolver;
  resolveTimeoutMs?: number;
}

/** Resolves `hostname` and returns its addresses if every one passes the policy. */
export async function resolveVetted(
  hostname: string,
  policy: AddressPolicy,
  options: PinnedLookupOptions = {},
): Promise<ResolvedAddress[]> {
  const addresses = await resolveHost(hostname, options.resolver ?? systemResolver, options.resolveTimeoutMs ?? DEFAULT_RESOLVE_TIMEOUT_MS);
  // One bad address refuses the whole name, as at create time: a name that
  // mixes public and internal answers is not one we trust.
  for (const { address } of addresses) {
    const verdict = checkAddress(address, policy);
    if (!verdict.allowed) throw new SsrfBlockedError(hostname, address, verdict.reason);
  }
  return addresses;
}

export function createPinnedLookup(policy: AddressPolicy, options: PinnedLookupOptions = {}): LookupFunction {
  return (hostname: string, lookupOptions: LookupOptions, callback) => {
    resolveVetted(hostname, policy, options).then(
      (resolved) => {
        const family = familyOf(lookupOptions.family);
        const addresses: LookupAddress[] = resolved.filter((a) => family === 0 || a.family === family);
        if (addresses.length === 0) {
          const error: NodeJS.ErrnoException = Object.assign(new Error(`${hostname} has no IPv${family} address`), {
            code: "ENOTFOUND",
            hostname,
          });
          callback(error, "", undefined);
        } else if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          callback(null, addresses[0].address, addresses[0].family);
        }
      },
      (error: Error) => callback(error, "", undefined),
    );
  };
}

function familyOf(family: LookupOptions["family"]): 0 | 4 | 6 {
  if (family === 4 || family === "IPv4") return 4;
  if (family === 6 || family === "IPv6") return 6;
  return 0;
}
