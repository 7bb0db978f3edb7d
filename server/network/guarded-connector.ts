// undici connector for deliveries. net.connect skips `lookup` when the host is
// already an IP literal (https://10.0.0.5/), so literals are vetted here and
// names go through the pinned lookup.
import { isIP } from "node:net";
import { buildConnector } from "undici";
import { checkAddress, type AddressPolicy } from "./address-policy.ts";
import { createPinnedLookup, type PinnedLookupOptions } from "./pinned-lookup.ts";
import { SsrfBlockedError } from "./ssrf-blocked-error.ts";

export type GuardedConnectorOptions = PinnedLookupOptions & Omit<buildConnector.BuildOptions, "lookup" | "socketPath">;

/** Use as `new Agent({ connect: createGuardedConnector(policy) })`. */
export function createGuardedConnector(policy: AddressPolicy, options: GuardedConnectorOptions = {}): buildConnector.connector {
  const { resolver, resolveTimeoutMs, ...connectOptions } = options;
  const connect = buildConnector({
    ...connectOptions,
    lookup: createPinnedLookup(policy, { resolver, resolveTimeoutMs }),
  } as buildConnector.BuildOptions);
  return (connectOptions, callback) => {
    // undici passes IPv6 literals without brackets.
    const host = connectOptions.hostname;
    if (isIP(host) !== 0) {
      const verdict = checkAddress(host, policy);
      if (!verdict.allowed) {
        callback(new SsrfBlockedError(host, host, verdict.reason), null);
        return;
      }
    }
    connect(connectOptions, callback);
  };
}
