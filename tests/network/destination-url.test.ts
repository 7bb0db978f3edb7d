import { describe, expect, it } from "vitest";
import { ValidationError } from "../../server/errors.ts";
import { STRICT_ADDRESS_POLICY, createAddressPolicy } from "../../server/network/address-policy.ts";
import { checkDestinationUrl, parseDestinationUrl, type DestinationUrlPolicy } from "../../server/network/destination-url.ts";
import { fakeResolver } from "./fake-resolver.ts";

const resolver = fakeResolver({
  "hooks.example.com": ["93.184.216.34", "2606:4700::1111"],
  "internal.example.com": ["10.0.0.5"],
  "mixed.example.com": ["93.184.216.34", "192.168.1.20"],
  "metadata.example.com": ["169.254.169.254"],
  "mapped.example.com": ["::ffff:127.0.0.1"],
  "empty.example.com": [],
  "slow.example.com": "hang",
});
const strict: DestinationUrlPolicy = { addresses: STRICT_ADDRESS_POLICY, allowHttp: false, resolver };

async function messages(raw: string, policy = strict): Promise<string[]> {
  const result = await checkDestinationUrl(raw, policy);
  if (result.ok) throw new Error(`${raw} was accepted`);
  return result.issues.map((issue) => issue.message);
}

describe("checkDestinationUrl", () => {
  it("accepts an https URL whose every address is public, and returns it normalized", async () => {
    const result = await checkDestinationUrl("  HTTPS://Hooks.Example.com:8443/in?x=1  ", strict);
    expect(result).toEqual({
      ok: true,
      url: new URL("https://hooks.example.com:8443/in?x=1"),
      addresses: ["93.184.216.34", "2606:4700::1111"],
    });
  });

  it.each([
    ["not a url", "Enter an absolute URL, such as https://hooks.example.com/switchyard"],
    ["/relative/path", "Enter an absolute URL, such as https://hooks.example.com/switchyard"],
    ["hooks.example.com/in", "Enter an absolute URL, such as https://hooks.example.com/switchyard"],
    ["https://", "Enter an absolute URL, such as https://hooks.example.com/switchyard"],
  ])("refuses the malformed URL %j", async (raw, message) => {
    expect(await messages(raw)).toEqual([message]);
  });

  it("refuses other schemes", async () => {
    expect(await messages("ftp://hooks.example.com/in")).toEqual(["ftp URLs are not supported: https is required"]);
    expect(await messages("javascript:alert(1)")).toEqual([
      "javascript URLs are not supported: https is required",
      "The URL must name a host",
    ]);
    expect(await messages("file:///etc/passwd")).toEqual(["file URLs are not supported: https is required", "The URL must name a host"]);
  });

  it("refuses plain http unless the operator allows it", async () => {
    expect(await messages("http://hooks.example.com/in")).toEqual([
      "https is required (plain http is allowed only when the operator sets SWITCHYARD_ALLOW_HTTP=true)",
    ]);
    expect(await checkDestinationUrl("http://hooks.example.com/in", { ...strict, allowHttp: true })).toMatchObject({ ok: true });
  });

  it("refuses credentials, fragments and port 0, all at once", async () => {
    expect(await messages("https://user:pass@hooks.example.com:0/in#top")).toEqual([
      "The URL must not contain a username or password: use a credential instead",
      "The URL must not contain a fragment (#…)",
      "Port 0 cannot be called",
    ]);
    expect(await messages("https://user@hooks.example.com/")).toEqual([
      "The URL must not contain a username or password: use a credential instead",
    ]);
    expect(await messages("https://hooks.example.com/#")).toEqual(["The URL must not contain a fragment (#…)"]);
  });

  it("refuses a URL that is too long", async () => {
    expect(await messages(`https://hooks.example.com/${"a".repeat(2100)}`)).toEqual(["The URL must be at most 2048 characters"]);
  });

  it("refuses a host that does not resolve", async () => {
    expect(await messages("https://example.invalid/in")).toEqual(["example.invalid does not resolve"]);
    expect(await messages("https://empty.example.com/in")).toEqual(["empty.example.com does not resolve to any address"]);
  });

  it("gives up on a resolver that does not answer in time", async () => {
    expect(await messages("https://slow.example.com/in", { ...strict, resolveTimeoutMs: 50 })).toEqual([
      "slow.example.com did not resolve within 50 ms",
    ]);
  });

  it("refuses a host resolving to an address Switchyard does not call, naming it", async () => {
    expect(await messages("https://internal.example.com/in")).toEqual([
      "internal.example.com resolves to 10.0.0.5, a private address, which Switchyard does not call",
    ]);
    expect(await messages("https://metadata.example.com/latest/meta-data/")).toEqual([
      "metadata.example.com resolves to 169.254.169.254, a cloud metadata address (AWS, GCP, Azure, OpenStack and others), which Switchyard does not call",
    ]);
    expect(await messages("https://mapped.example.com/")).toEqual([
      "mapped.example.com resolves to ::ffff:127.0.0.1, an IPv4-mapped form of 127.0.0.1, a loopback address, which Switchyard does not call",
    ]);
  });

  it("refuses a host if any one of its addresses is blocked", async () => {
    expect(await messages("https://mixed.example.com/in")).toEqual([
      "mixed.example.com resolves to 192.168.1.20, a private address, which Switchyard does not call",
    ]);
  });

  it("checks an IP-literal host directly, without resolving it", async () => {
    const calls = resolver.calls.length;
    expect(await messages("https://10.0.0.5/in")).toEqual(["10.0.0.5 is a private address, which Switchyard does not call"]);
    expect(await messages("https://[::1]/in")).toEqual(["::1 is a loopback address, which Switchyard does not call"]);
    expect(await messages("https://[::ffff:169.254.169.254]/")).toEqual([
      "::ffff:a9fe:a9fe is an IPv4-mapped form of 169.254.169.254, a cloud metadata address (AWS, GCP, Azure, OpenStack and others), which Switchyard does not call",
    ]);
    // URL parsing turns these spellings into 127.0.0.1 before we judge them.
    expect(await messages("https://2130706433/")).toEqual(["127.0.0.1 is a loopback address, which Switchyard does not call"]);
    expect(await messages("https://0x7f.1/")).toEqual(["127.0.0.1 is a loopback address, which Switchyard does not call"]);
    expect(await checkDestinationUrl("https://93.184.216.34/in", strict)).toMatchObject({ ok: true, addresses: ["93.184.216.34"] });
    expect(await checkDestinationUrl("https://[2606:4700::1111]/in", strict)).toMatchObject({ ok: true, addresses: ["2606:4700::1111"] });
    expect(resolver.calls.length).toBe(calls);
  });

  it("accepts what the allow-list opens", async () => {
    const local: DestinationUrlPolicy = { addresses: createAddressPolicy("127.0.0.0/8,::1/128,10.0.0.0/8"), allowHttp: true, resolver };
    expect(await checkDestinationUrl("http://127.0.0.1:4000/hooks", local)).toMatchObject({ ok: true });
    expect(await checkDestinationUrl("https://internal.example.com/in", local)).toMatchObject({ ok: true, addresses: ["10.0.0.5"] });
    expect(await checkDestinationUrl("https://metadata.example.com/", local)).toMatchObject({ ok: false });
  });

  it("uses the system resolver by default: localhost is loopback", async () => {
    const result = await checkDestinationUrl("https://localhost:4000/in", { addresses: STRICT_ADDRESS_POLICY, allowHttp: false });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.every((i) => i.code === "BLOCKED_ADDRESS")).toBe(true);
      expect(result.issues[0].message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    }
    const open = await checkDestinationUrl("https://localhost:4000/in", {
      addresses: createAddressPolicy("127.0.0.0/8,::1/128"),
      allowHttp: false,
    });
    expect(open.ok).toBe(true);
  });

  it("reports a name the system resolver cannot find", async () => {
    const result = await checkDestinationUrl("https://switchyard-test.invalid/in", { addresses: STRICT_ADDRESS_POLICY, allowHttp: false });
    expect(result).toMatchObject({ ok: false, issues: [{ code: "UNRESOLVABLE" }] });
    if (!result.ok) expect(result.issues[0].message).toMatch(/^switchyard-test\.invalid (does not resolve|could not be resolved)/);
  });
});

describe("parseDestinationUrl", () => {
  it("throws every issue as a ValidationError at input.url", async () => {
    const error = await parseDestinationUrl("http://user@internal.example.com/#x", strict).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        path: ["input", "url"],
        message: "https is required (plain http is allowed only when the operator sets SWITCHYARD_ALLOW_HTTP=true)",
      },
      { path: ["input", "url"], message: "The URL must not contain a username or password: use a credential instead" },
      { path: ["input", "url"], message: "The URL must not contain a fragment (#…)" },
    ]);
  });

  it("returns the normalized URL, and takes another path", async () => {
    expect((await parseDestinationUrl("https://HOOKS.example.com/in", strict)).href).toBe("https://hooks.example.com/in");
    const error = (await parseDestinationUrl("https://10.0.0.1/", strict, ["input", "patch", "url"]).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(error.issues[0].path).toEqual(["input", "patch", "url"]);
  });
});
