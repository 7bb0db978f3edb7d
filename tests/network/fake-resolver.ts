// A resolver that answers from a table, so tests need no outside DNS. Names
// not in the table fail like getaddrinfo does for a name that does not exist.
import type { ResolvedAddress, Resolver } from "../../server/network/resolver.ts";

export type FakeAnswers = Record<string, string[] | (() => string[]) | "hang">;

export function fakeResolver(answers: FakeAnswers): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolver = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const answer = answers[hostname];
    if (answer === "hang") return new Promise(() => {});
    if (answer === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
    const addresses = typeof answer === "function" ? answer() : answer;
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(resolver, { calls });
}
