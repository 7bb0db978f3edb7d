// Real connections through undici to a server on 127.0.0.1. Blocked cases
// fail in the lookup, before any connection is attempted, so no traffic ever
// leaves the machine.
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, request } from "undici";
import { STRICT_ADDRESS_POLICY, createAddressPolicy, type AddressPolicy } from "../../server/network/address-policy.ts";
import { checkDestinationUrl } from "../../server/network/destination-url.ts";
import { createGuardedConnector } from "../../server/network/guarded-connector.ts";
import { createPinnedLookup, resolveVetted, type PinnedLookupOptions } from "../../server/network/pinned-lookup.ts";
import { SsrfBlockedError } from "../../server/network/ssrf-blocked-error.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { fakeResolver } from "./fake-resolver.ts";

const loopback = createAddressPolicy("127.0.0.0/8");
let receiver: TestReceiver;
const agents: Agent[] = [];

beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(async () => {
  await Promise.all(agents.map((agent) => agent.close()));
  await receiver.close();
});

// If the code under test ever let a blocked address through, the socket would
// dial it: this guard makes such a regression fail without sending anything.
function loopbackOnly(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) =>
    lookup(hostname, options, (error, address, family) => {
      const addresses = Array.isArray(address) ? address.map((a) => a.address) : address ? [address] : [];
      const outside = addresses.filter((a) => a !== "127.0.0.1" && a !== "::1");
      if (!error && outside.length > 0) callback(new Error(`test guard: would have dialled ${outside.join(", ")}`), "", undefined);
      else callback(error, address, family);
    });
}

function lookupAgent(policy: AddressPolicy, options?: PinnedLookupOptions): Agent {
  const agent = new Agent({ connect: { lookup: loopbackOnly(createPinnedLookup(policy, options)) } });
  agents.push(agent);
  return agent;
}

function guardedAgent(policy: AddressPolicy, options?: PinnedLookupOptions): Agent {
  const agent = new Agent({ connect: createGuardedConnector(policy, options) });
  agents.push(agent);
  return agent;
}

async function post(url: string, dispatcher: Agent): Promise<number> {
  const response = await request(url, { method: "POST", body: "{}", dispatcher });
  await response.body.dump();
  return response.statusCode;
}

async function refusal(url: string, dispatcher: Agent): Promise<SsrfBlockedError> {
  const error = await post(url, dispatcher).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SsrfBlockedError);
  return error as SsrfBlockedError;
}

describe("createPinnedLookup through undici", () => {
  it("blocks a name resolving to loopback without the allow-list", async () => {
    const before = receiver.received.length;
    const error = await refusal(`http://localhost:${receiver.port}/in`, lookupAgent(STRICT_ADDRESS_POLICY));
    expect(error.code).toBe("SSRF_BLOCKED");
    expect(error.message).toMatch(/^Refused to connect to localhost: it resolves to (127\.0\.0\.1|::1), a loopback address$/);
    expect(receiver.received.length).toBe(before);
  });

  it("connects when 127.0.0.0/8 is allowed", async () => {
    const before = receiver.received.length;
    expect(await post(`http://localhost:${receiver.port}/in`, lookupAgent(createAddressPolicy("127.0.0.0/8,::1/128")))).toBe(204);
    expect(receiver.received.length).toBe(before + 1);
  });

  it("blocks a public-looking name that resolves to a private address", async () => {
    const resolver = fakeResolver({ "hooks.example.com": ["10.0.0.5"] });
    const error = await refusal("https://hooks.example.com/in", lookupAgent(STRICT_ADDRESS_POLICY, { resolver }));
    expect(error.message).toBe("Refused to connect to hooks.example.com: it resolves to 10.0.0.5, a private address");
    expect([error.hostname, error.address, error.reason]).toEqual(["hooks.example.com", "10.0.0.5", "a private address"]);
  });

  it("blocks the whole name when any one of its addresses is blocked", async () => {
    const resolver = fakeResolver({ "hooks.example.com": ["127.0.0.1", "169.254.169.254"] });
    const error = await refusal(`http://hooks.example.com:${receiver.port}/in`, lookupAgent(loopback, { resolver }));
    expect(error.address).toBe("169.254.169.254");
    expect(error.reason).toMatch(/^a cloud metadata address/);
  });

  it("connects to the address it vetted: the name is resolved by our resolver only", async () => {
    // The system cannot resolve this name; reaching the receiver proves the
    // socket dialled what the pinned lookup returned.
    const resolver = fakeResolver({ "hooks.example.com": ["127.0.0.1"] });
    const before = receiver.received.length;
    expect(await post(`http://hooks.example.com:${receiver.port}/in`, lookupAgent(loopback, { resolver }))).toBe(204);
    expect(receiver.received[before].headers.host).toBe(`hooks.example.com:${receiver.port}`);
  });

  it("defeats DNS rebinding between the create-time check and the send", async () => {
    let answers = 0;
    const resolver = fakeResolver({ "rebind.example.com": () => (answers++ === 0 ? ["93.184.216.34"] : ["127.0.0.1"]) });
    const check = await checkDestinationUrl(`https://rebind.example.com:${receiver.port}/in`, {
      addresses: STRICT_ADDRESS_POLICY,
      allowHttp: true,
      resolver,
    });
    expect(check.ok).toBe(true);
    const before = receiver.received.length;
    const error = await refusal(`http://rebind.example.com:${receiver.port}/in`, lookupAgent(STRICT_ADDRESS_POLICY, { resolver }));
    expect(error.address).toBe("127.0.0.1");
    expect(receiver.received.length).toBe(before);
  });

  it("passes resolver failures through", async () => {
    const error = await post("https://nowhere.example.com/", lookupAgent(STRICT_ADDRESS_POLICY, { resolver: fakeResolver({}) })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "ResolveError", failure: "NOT_FOUND", message: "nowhere.example.com does not resolve" });
  });

  it("does not see IP-literal hosts: net.connect skips lookup for them (hence the guarded connector)", async () => {
    expect(await post(`http://127.0.0.1:${receiver.port}/in`, lookupAgent(STRICT_ADDRESS_POLICY))).toBe(204);
  });
});

describe("createGuardedConnector through undici", () => {
  it("blocks IP-literal hosts too", async () => {
    const before = receiver.received.length;
    const error = await refusal(`http://127.0.0.1:${receiver.port}/in`, guardedAgent(STRICT_ADDRESS_POLICY));
    expect(error.message).toBe("Refused to connect to 127.0.0.1: it is a loopback address");
    const mapped = await refusal(`http://[::ffff:127.0.0.1]:${receiver.port}/in`, guardedAgent(STRICT_ADDRESS_POLICY));
    expect(mapped.reason).toBe("an IPv4-mapped form of 127.0.0.1, a loopback address");
    expect(receiver.received.length).toBe(before);
  });

  it("blocks names as the pinned lookup does, and connects to what the allow-list opens", async () => {
    await refusal(`http://localhost:${receiver.port}/in`, guardedAgent(STRICT_ADDRESS_POLICY));
    const resolver = fakeResolver({ "hooks.example.com": ["127.0.0.1"] });
    const agent = guardedAgent(loopback, { resolver });
    expect(await post(`http://127.0.0.1:${receiver.port}/in`, agent)).toBe(204);
    expect(await post(`http://hooks.example.com:${receiver.port}/in`, agent)).toBe(204);
  });
});

describe("the lookup function itself", () => {
  const resolver = fakeResolver({ "dual.example.com": ["93.184.216.34", "2606:4700::1111"] });
  const lookup = createPinnedLookup(STRICT_ADDRESS_POLICY, { resolver });
  const call = (options: Parameters<typeof lookup>[1]) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>((resolve) =>
      lookup("dual.example.com", options, (error, address, family) => resolve({ error, address, family })),
    );

  it("answers net.connect's `all: true` form with every vetted address", async () => {
    expect(await call({ all: true })).toEqual({
      error: null,
      address: [
        { address: "93.184.216.34", family: 4 },
        { address: "2606:4700::1111", family: 6 },
      ],
    });
  });

  it("answers the single-address form and honours the family", async () => {
    expect(await call({})).toMatchObject({ error: null, address: "93.184.216.34", family: 4 });
    expect(await call({ family: 6 })).toMatchObject({ error: null, address: "2606:4700::1111", family: 6 });
    expect(await call({ family: 6, all: true })).toMatchObject({ error: null, address: [{ address: "2606:4700::1111", family: 6 }] });
  });

  it("reports a family the name does not have", async () => {
    const v4only = createPinnedLookup(STRICT_ADDRESS_POLICY, { resolver: fakeResolver({ "v4.example.com": ["93.184.216.34"] }) });
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => v4only("v4.example.com", { family: 6 }, (e) => resolve(e)));
    expect(error).toMatchObject({ code: "ENOTFOUND", message: "v4.example.com has no IPv6 address" });
  });

  it("is also available as a promise", async () => {
    await expect(resolveVetted("dual.example.com", STRICT_ADDRESS_POLICY, { resolver })).resolves.toHaveLength(2);
    await expect(
      resolveVetted("x.example.com", STRICT_ADDRESS_POLICY, { resolver: fakeResolver({ "x.example.com": ["fd00:ec2::254"] }) }),
    ).rejects.toMatchObject({
      code: "SSRF_BLOCKED",
      address: "fd00:ec2::254",
    });
  });
});
