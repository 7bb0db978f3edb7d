// Which IP addresses Switchyard may call: public unicast only, unless an
// operator's allow-list opens a range (local development, tests, a receiver
// on the internal network). Range data comes from ipaddr.js; IPv6 forms that
// carry an IPv4 address (mapped, NAT64, 6to4) are judged as that IPv4 address.
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { StartupError } from "../startup-error.ts";
import { CLOUD_METADATA_ADDRESSES } from "./cloud-metadata.ts";

type IP = ipaddr.IPv4 | ipaddr.IPv6;

export type BlockCategory =
  | "invalid"
  | "unspecified"
  | "loopback"
  | "private"
  | "linkLocal"
  | "uniqueLocal"
  | "multicast"
  | "broadcast"
  | "carrierGradeNat"
  | "reserved"
  | "metadata"
  | "special";

export type AddressVerdict =
  | { allowed: true; address: string; /** The allow-list entry that opened it, if any. */ allowedBy?: string }
  | { allowed: false; address: string; category: BlockCategory; /** e.g. "a private address" */ reason: string };

export interface AllowedNetwork {
  /** As written in the setting, normalized (e.g. "127.0.0.0/8"). */
  cidr: string;
  network: IP;
  prefixLength: number;
}

export interface AddressPolicy {
  allowNetworks: readonly AllowedNetwork[];
}

/** Public addresses only: the production default. */
export const STRICT_ADDRESS_POLICY: AddressPolicy = Object.freeze({ allowNetworks: Object.freeze([]) });

export function createAddressPolicy(allowNetworks: string | readonly string[] = []): AddressPolicy {
  return { allowNetworks: parseAllowNetworks(allowNetworks) };
}

/** A malformed SWITCHYARD_ALLOW_NETWORKS: the operator must fix it before start. */
export class AllowNetworksError extends StartupError {
  override name = "AllowNetworksError";
}

/**
 * Parses a comma-separated list of CIDR ranges (`127.0.0.0/8,::1/128`); a bare
 * address means that one host. Throws AllowNetworksError naming the bad entry.
 */
export function parseAllowNetworks(
  setting: string | readonly string[] | undefined,
  settingName = "SWITCHYARD_ALLOW_NETWORKS",
): AllowedNetwork[] {
  if (setting === undefined) return [];
  const entries = (typeof setting === "string" ? setting.split(",") : setting).map((e) => e.trim()).filter((e) => e !== "");
  return entries.map((entry) => parseNetwork(entry, settingName));
}

function parseNetwork(entry: string, settingName: string): AllowedNetwork {
  const fail = (why: string) =>
    new AllowNetworksError(`${settingName}: "${entry}" ${why} (expected comma-separated CIDR ranges such as 127.0.0.0/8,::1/128)`);
  const slash = entry.lastIndexOf("/");
  const addressPart = slash === -1 ? entry : entry.slice(0, slash);
  const prefixPart = slash === -1 ? undefined : entry.slice(slash + 1);

  // Only the plain dotted-quad IPv4 form: "10/8" or "0x7f.1" are more likely
  // typos than intent, and ipaddr.js would read them in surprising ways.
  const kind = ipaddr.IPv4.isValidFourPartDecimal(addressPart) ? "ipv4" : ipaddr.IPv6.isValid(addressPart) ? "ipv6" : undefined;
  if (!kind) throw fail("is not an IP address or CIDR range");
  if (addressPart.includes("%")) throw fail("has an IPv6 zone id, which a range cannot have");
  const maxPrefix = kind === "ipv4" ? 32 : 128;
  if (prefixPart !== undefined && !/^\d{1,3}$/.test(prefixPart)) throw fail("has a malformed prefix length");
  const prefixLength = prefixPart === undefined ? maxPrefix : Number(prefixPart);
  if (prefixLength > maxPrefix) throw fail(`has a prefix length above ${maxPrefix}`);

  const network = ipaddr.parse(addressPart);
  const cidr = `${network.toString()}/${prefixLength}`;
  const base = kind === "ipv4" ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
  if (base.toString() !== network.toString()) {
    throw fail(`has bits set beyond its prefix; did you mean ${base.toString()}/${prefixLength}?`);
  }
  return { cidr, network, prefixLength };
}

const METADATA = CLOUD_METADATA_ADDRESSES.map((m) => ({ ...m, ip: ipaddr.parse(m.address) }));

/** Decides whether `address` (an IP literal) may be called under `policy`. */
export function checkAddress(address: string, policy: AddressPolicy = STRICT_ADDRESS_POLICY): AddressVerdict {
  // Node's own notion of an IP literal: what net.connect would dial as-is.
  if (isIP(address) === 0) return { allowed: false, address, category: "invalid", reason: "not an IP address" };
  const ip = ipaddr.parse(address);
  const embedded = ip.kind() === "ipv6" ? embeddedIPv4(ip as ipaddr.IPv6) : undefined;
  const candidates: IP[] = embedded ? [ip, embedded.ipv4] : [ip];

  const metadata = METADATA.find((m) => candidates.some((c) => sameAddress(c, m.ip)));
  const allowedBy = policy.allowNetworks.find((n) => candidates.some((c) => inNetwork(c, n)));
  // A broad range such as fd00::/8 must not open a metadata endpoint by accident.
  const opensMetadata = allowedBy && allowedBy.prefixLength === (allowedBy.network.kind() === "ipv4" ? 32 : 128);
  if (allowedBy && (!metadata || opensMetadata)) return { allowed: true, address, allowedBy: allowedBy.cidr };

  if (metadata) {
    const reason = `a cloud metadata address (${metadata.service})`;
    return {
      allowed: false,
      address,
      category: "metadata",
      reason: embedded ? `${embedded.form} of ${embedded.ipv4.toString()}, ${reason}` : reason,
    };
  }
  const judgement = embedded
    ? wrap(judgeIPv4(embedded.ipv4), embedded)
    : ip.kind() === "ipv4"
      ? judgeIPv4(ip as ipaddr.IPv4)
      : judgeIPv6(ip as ipaddr.IPv6);
  return judgement ? { allowed: false, address, ...judgement } : { allowed: true, address };
}

/** "10.0.0.5, a private address": for messages. */
export function describeBlocked(verdict: Extract<AddressVerdict, { allowed: false }>): string {
  return `${verdict.address}, ${verdict.reason}`;
}

type Judgement = { category: BlockCategory; reason: string } | undefined;

const RANGE_JUDGEMENTS: Record<string, { category: BlockCategory; reason: string }> = {
  unspecified: { category: "unspecified", reason: "an unspecified address" },
  broadcast: { category: "broadcast", reason: "a broadcast address" },
  multicast: { category: "multicast", reason: "a multicast address" },
  linkLocal: { category: "linkLocal", reason: "a link-local address" },
  loopback: { category: "loopback", reason: "a loopback address" },
  carrierGradeNat: { category: "carrierGradeNat", reason: "a carrier-grade NAT address" },
  private: { category: "private", reason: "a private address" },
  uniqueLocal: { category: "uniqueLocal", reason: "a unique-local address" },
  reserved: { category: "reserved", reason: "a reserved or documentation address" },
  benchmarking: { category: "reserved", reason: "a benchmarking address" },
  discard: { category: "reserved", reason: "a discard-only address" },
  deprecatedSiteLocal: { category: "reserved", reason: "a deprecated site-local address" },
  teredo: { category: "special", reason: "a Teredo tunnel address" },
  rfc6052: { category: "special", reason: "a local-use NAT64 address" },
};

function judgeRange(range: string): Judgement {
  if (range === "unicast") return undefined;
  return RANGE_JUDGEMENTS[range] ?? { category: "special", reason: `a special-purpose address (${range})` };
}

function judgeIPv4(ip: ipaddr.IPv4): Judgement {
  return judgeRange(ip.range());
}

// Global unicast space; anything else ipaddr.js calls "unicast" is unassigned
// or an obsolete form (e.g. IPv4-compatible ::a.b.c.d) that nobody serves on.
const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");

function judgeIPv6(ip: ipaddr.IPv6): Judgement {
  const range = ip.range();
  if (range !== "unicast") return judgeRange(range);
  if (ip.match(IPV4_COMPATIBLE)) return { category: "reserved", reason: "a deprecated IPv4-compatible address" };
  if (!ip.match(GLOBAL_UNICAST)) return { category: "reserved", reason: "outside the global unicast range" };
  return undefined;
}

const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");

/** The IPv4 address an IPv6 address stands for, when it is one of the translation forms. */
function embeddedIPv4(ip: ipaddr.IPv6): { ipv4: ipaddr.IPv4; form: string } | undefined {
  const bytes = ip.toByteArray();
  const v4 = (from: number) => ipaddr.fromByteArray(bytes.slice(from, from + 4)) as ipaddr.IPv4;
  switch (ip.range()) {
    case "ipv4Mapped":
      return { ipv4: ip.toIPv4Address(), form: "an IPv4-mapped form" };
    case "rfc6145":
      return { ipv4: v4(12), form: "an IPv4-translated form" };
    case "rfc6052":
      // Only the well-known /96 prefix has a fixed place for the IPv4 address;
      // local-use prefixes (64:ff9b:1::/48) are judged as a range instead.
      return ip.match(NAT64_WELL_KNOWN) ? { ipv4: v4(12), form: "a NAT64 form" } : undefined;
    case "6to4":
      return { ipv4: v4(2), form: "a 6to4 form" };
    default:
      return undefined;
  }
}

function wrap(judgement: Judgement, embedded: { ipv4: ipaddr.IPv4; form: string }): Judgement {
  return judgement && { category: judgement.category, reason: `${embedded.form} of ${embedded.ipv4.toString()}, ${judgement.reason}` };
}

function inNetwork(ip: IP, network: AllowedNetwork): boolean {
  return ip.kind() === network.network.kind() && ip.match(network.network, network.prefixLength);
}

function sameAddress(a: IP, b: IP): boolean {
  return a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();
}
