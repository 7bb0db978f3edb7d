import { describe, expect, it } from "vitest";
import {
  AllowNetworksError,
  STRICT_ADDRESS_POLICY,
  checkAddress,
  createAddressPolicy,
  describeBlocked,
  parseAllowNetworks,
  type BlockCategory,
} from "../../server/network/address-policy.ts";
import { ConfigError, loadConfig } from "../../server/config.ts";
import { StartupError } from "../../server/startup-error.ts";

describe("checkAddress with the strict policy", () => {
  it.each<[string, BlockCategory]>([
    // IPv4
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.1.1", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.255", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["192.0.2.10", "reserved"], // TEST-NET-1
    ["198.51.100.7", "reserved"], // TEST-NET-2
    ["203.0.113.9", "reserved"], // TEST-NET-3
    ["198.18.0.1", "reserved"], // benchmarking
    ["240.0.0.1", "reserved"],
    ["192.0.0.8", "reserved"],
    // Cloud metadata
    ["169.254.169.254", "metadata"],
    ["169.254.170.2", "metadata"],
    ["100.100.100.200", "metadata"],
    ["192.0.0.192", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["fd20:ce::254", "metadata"],
    // IPv6
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fe80::1%eth0", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456:789a::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["2001:2::1", "reserved"],
    ["100::1", "reserved"],
    ["fec0::1", "reserved"],
    ["::7f00:1", "reserved"], // IPv4-compatible ::127.0.0.1
    ["4000::1", "reserved"],
    ["2001::1", "special"], // Teredo
    ["64:ff9b:1::a00:1", "special"], // local-use NAT64
    // IPv6 forms of IPv4 addresses are judged as that IPv4 address
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.5", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:0:127.0.0.1", "loopback"], // IPv4-translated (RFC 6145)
    ["64:ff9b::10.0.0.5", "private"], // NAT64 (RFC 6052)
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["2002:7f00:1::1", "loopback"], // 6to4 of 127.0.0.1
    ["2002:c0a8:101::1", "private"], // 6to4 of 192.168.1.1
    // Not addresses
    ["example.com", "invalid"],
    ["127.1", "invalid"],
    ["2130706433", "invalid"],
    ["", "invalid"],
  ])("blocks %s (%s)", (address, category) => {
    const verdict = checkAddress(address);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed === false && verdict.category).toBe(category);
  });

  it.each([
    "93.184.216.34",
    "1.1.1.1",
    "8.8.8.8",
    "2606:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:93.184.216.34",
    "64:ff9b::93.184.216.34",
    "2002:5db8:d822::1",
  ])("allows the public address %s", (address) => {
    expect(checkAddress(address)).toEqual({ allowed: true, address });
  });

  it("explains a refusal in words", () => {
    const describe = (address: string) => {
      const verdict = checkAddress(address);
      if (verdict.allowed) throw new Error(`${address} was allowed`);
      return describeBlocked(verdict);
    };
    expect(describe("10.0.0.5")).toBe("10.0.0.5, a private address");
    expect(describe("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1, an IPv4-mapped form of 127.0.0.1, a loopback address");
    expect(describe("169.254.169.254")).toBe("169.254.169.254, a cloud metadata address (AWS, GCP, Azure, OpenStack and others)");
    expect(describe("64:ff9b::a00:5")).toBe("64:ff9b::a00:5, a NAT64 form of 10.0.0.5, a private address");
  });
});

describe("checkAddress with an allow-list", () => {
  const policy = createAddressPolicy("127.0.0.0/8,::1/128,10.1.0.0/16,fd00::/8");

  it("opens the listed ranges, including IPv4 addresses in IPv6 form", () => {
    expect(checkAddress("127.0.0.1", policy)).toEqual({ allowed: true, address: "127.0.0.1", allowedBy: "127.0.0.0/8" });
    expect(checkAddress("::ffff:127.0.0.1", policy)).toEqual({ allowed: true, address: "::ffff:127.0.0.1", allowedBy: "127.0.0.0/8" });
    expect(checkAddress("::1", policy)).toMatchObject({ allowed: true, allowedBy: "::1/128" });
    expect(checkAddress("10.1.2.3", policy)).toMatchObject({ allowed: true, allowedBy: "10.1.0.0/16" });
    expect(checkAddress("fd12::1", policy)).toMatchObject({ allowed: true, allowedBy: "fd00::/8" });
  });

  it("keeps everything else blocked", () => {
    expect(checkAddress("10.2.0.1", policy)).toMatchObject({ allowed: false, category: "private" });
    expect(checkAddress("192.168.0.1", policy)).toMatchObject({ allowed: false, category: "private" });
    expect(checkAddress("fe80::1", policy)).toMatchObject({ allowed: false, category: "linkLocal" });
  });

  it("does not open a metadata address through a broader range, only when named exactly", () => {
    expect(checkAddress("fd00:ec2::254", policy)).toMatchObject({ allowed: false, category: "metadata" });
    expect(checkAddress("169.254.169.254", createAddressPolicy("169.254.0.0/16"))).toMatchObject({ allowed: false, category: "metadata" });
    expect(checkAddress("169.254.169.254", createAddressPolicy("169.254.169.254/32"))).toMatchObject({ allowed: true });
    expect(checkAddress("fd00:ec2::254", createAddressPolicy("fd00:ec2::254"))).toMatchObject({ allowed: true });
  });

  it("leaves the strict policy empty", () => {
    expect(STRICT_ADDRESS_POLICY.allowNetworks).toEqual([]);
  });
});

describe("parseAllowNetworks (SWITCHYARD_ALLOW_NETWORKS)", () => {
  it("parses comma-separated ranges, ignoring spaces and empty entries", () => {
    expect(parseAllowNetworks(" 127.0.0.0/8, ::1/128,,10.0.0.0/8 ").map((n) => n.cidr)).toEqual(["127.0.0.0/8", "::1/128", "10.0.0.0/8"]);
    expect(parseAllowNetworks(["192.168.0.0/16"]).map((n) => n.cidr)).toEqual(["192.168.0.0/16"]);
  });

  it("reads a bare address as that one host and normalizes IPv6", () => {
    expect(parseAllowNetworks("127.0.0.1,FD00:0:0::1").map((n) => n.cidr)).toEqual(["127.0.0.1/32", "fd00::1/128"]);
  });

  it("is empty when unset or blank", () => {
    expect(parseAllowNetworks(undefined)).toEqual([]);
    expect(parseAllowNetworks("")).toEqual([]);
    expect(parseAllowNetworks(" , ")).toEqual([]);
  });

  it.each([
    ["10.0.0/8", /"10\.0\.0\/8" is not an IP address or CIDR range/],
    ["10/8", /"10\/8" is not an IP address/],
    ["localhost", /"localhost" is not an IP address/],
    ["127.0.0.0/33", /prefix length above 32/],
    ["::1/129", /prefix length above 128/],
    ["10.0.0.0/", /malformed prefix length/],
    ["10.0.0.0/-1", /malformed prefix length/],
    ["10.0.0.0/8/8", /is not an IP address/],
    ["10.0.0.1/8", /bits set beyond its prefix; did you mean 10\.0\.0\.0\/8\?/],
    ["fe80::1%eth0/64", /zone id/],
  ])("refuses %j with a clear error", (setting, message) => {
    expect(() => parseAllowNetworks(`127.0.0.0/8,${setting}`)).toThrow(AllowNetworksError);
    expect(() => parseAllowNetworks(setting)).toThrow(message);
    expect(() => parseAllowNetworks(setting)).toThrow(
      /^SWITCHYARD_ALLOW_NETWORKS: .*expected comma-separated CIDR ranges such as 127\.0\.0\.0\/8,::1\/128/,
    );
  });

  it("fails start-up like any other configuration error", () => {
    expect(() => parseAllowNetworks("nope")).toThrow(StartupError);
  });
});

describe("network settings in the configuration", () => {
  it("are strict by default", () => {
    const config = loadConfig({});
    expect(config.allowHttp).toBe(false);
    expect(createAddressPolicy(config.allowNetworks)).toEqual({ allowNetworks: [] });
  });

  it("reads both settings", () => {
    const config = loadConfig({ SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8,::1/128", SWITCHYARD_ALLOW_HTTP: "true" });
    expect(config.allowHttp).toBe(true);
    const policy = createAddressPolicy(config.allowNetworks);
    expect(policy.allowNetworks.map((n) => n.cidr)).toEqual(["127.0.0.0/8", "::1/128"]);
    expect(checkAddress("127.0.0.1", policy).allowed).toBe(true);
  });

  it("refuses a malformed flag", () => {
    expect(() => loadConfig({ SWITCHYARD_ALLOW_HTTP: "yes" })).toThrow(ConfigError);
    expect(() => loadConfig({ SWITCHYARD_ALLOW_HTTP: "yes" })).toThrow(/SWITCHYARD_ALLOW_HTTP/);
  });
});
