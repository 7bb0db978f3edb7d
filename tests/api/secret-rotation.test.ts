// Rotating a destination's signing credential with a grace period: during it
// every request carries both signatures, so receivers that know only the old
// secret and ones that know only the new both verify (Standard Webhooks with
// the stock `standardwebhooks` verifier); afterwards only the new one does,
// and the old credential cannot be deleted until then.
import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { graphql } from "../gql/index.ts";
import type { CredentialType } from "../gql/graphql.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { TestClock } from "../utils/test-clock.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { ReceivedRequest, TestReceiver } from "../utils/test-receiver.ts";

const CreateCredential = graphql(`
  mutation RotationCredential($input: CreateCredentialInput!) {
    createCredential(input: $input) {
      __typename
      ... on CreateCredentialPayload {
        generatedSecret
        credential {
          id
        }
      }
    }
  }
`);

const Rotate = graphql(`
  mutation Rotate($input: RotateDestinationCredentialInput!) {
    rotateDestinationCredential(input: $input) {
      __typename
      ... on DestinationPayload {
        destination {
          id
          graceEndsAt
          credential {
            id
          }
          previousCredential {
            id
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        resource
        id
      }
    }
  }
`);

const EndGrace = graphql(`
  mutation EndGrace($id: ID!) {
    endDestinationCredentialGrace(input: { id: $id }) {
      __typename
      ... on DestinationPayload {
        destination {
          graceEndsAt
          previousCredential {
            id
          }
        }
      }
    }
  }
`);

const DeleteCredential = graphql(`
  mutation RotationDeleteCredential($id: ID!) {
    deleteCredential(input: { id: $id }) {
      __typename
      ... on CredentialInGraceError {
        message
        destinations {
          id
          name
          graceEndsAt
        }
      }
    }
  }
`);

const SetCredential = graphql(`
  mutation RotationSetCredential($id: ID!, $credentialId: ID) {
    updateDestination(input: { id: $id, credentialId: $credentialId }) {
      __typename
      ... on DestinationPayload {
        destination {
          graceEndsAt
          previousCredential {
            id
          }
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
// Real time in whole seconds: the stock verifier compares webhook-timestamp with its own clock.
const clock = new TestClock(Math.floor(Date.now() / 1000) * 1000);

beforeAll(async () => ({ t, receiver } = await startDeliveryTestBed({ clock })));
afterAll(() => stopDeliveryTestBed(t, receiver));
beforeEach(() => clearDeliveryTestBed(t, receiver));
afterEach(() => void vi.useRealTimers());

async function credential(type: CredentialType, fields: Record<string, unknown> = {}) {
  const result = await t.graphql(CreateCredential, { input: { name: `${type} ${Math.random()}`, type, fields } });
  const payload = result.data!.createCredential;
  if (payload.__typename !== "CreateCredentialPayload") throw new Error(JSON.stringify(result));
  return { id: payload.credential.id, secret: payload.generatedSecret ?? (fields.secret as string) };
}

async function rotate(destinationId: string, credentialId: string, graceHours?: number) {
  return (await t.graphql(Rotate, { input: { destinationId, credentialId, graceHours } })).data!.rotateDestinationCredential;
}

/** Publishes one event to the chain's webhook and returns the request as the receiver got it. */
async function deliverOne(eventType: string): Promise<ReceivedRequest> {
  const before = receiver.received.length;
  await publish(t, eventType, { amount: 42 });
  await t.app.worker!.runOnce();
  const received = await receiver.waitFor(before + 1);
  return received[before];
}

/** Verifies as a receiver would, with the stock library, at the (test) clock's time. */
function verifies(secret: string, request: ReceivedRequest): boolean {
  vi.useFakeTimers({ now: clock.now(), toFake: ["Date"] });
  try {
    new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  } finally {
    vi.useRealTimers();
  }
}

describe("Standard Webhooks rotation", () => {
  it("signs with both secrets during the grace period and with the new one only afterwards", async () => {
    const old = await credential("STANDARD_WEBHOOKS");
    const chain = await subscribe(t, { url: `${receiver.origin}/sw`, destination: { credentialId: old.id } });
    expect(verifies(old.secret, await deliverOne(chain.eventType))).toBe(true);

    const fresh = await credential("STANDARD_WEBHOOKS");
    const rotated = await rotate(chain.destinationId, fresh.id);
    expect(rotated).toMatchObject({
      destination: {
        credential: { id: fresh.id },
        previousCredential: { id: old.id },
        graceEndsAt: new Date(clock.now().getTime() + 24 * 3_600_000).toISOString(),
      },
    });

    const during = await deliverOne(chain.eventType);
    const signatures = String(during.headers["webhook-signature"]).split(" ");
    expect(signatures).toHaveLength(2);
    for (const signature of signatures) expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(verifies(old.secret, during), "a receiver that knows only the old secret").toBe(true);
    expect(verifies(fresh.secret, during), "a receiver that knows only the new secret").toBe(true);

    // The old credential is kept until the grace period ends.
    const refused = (await t.graphql(DeleteCredential, { id: old.id })).data!.deleteCredential;
    expect(refused).toMatchObject({
      __typename: "CredentialInGraceError",
      destinations: [
        { id: chain.destinationId, graceEndsAt: rotated.__typename === "DestinationPayload" && rotated.destination.graceEndsAt },
      ],
    });
    expect((refused as { message: string }).message).toContain(
      rotated.__typename === "DestinationPayload" ? rotated.destination.graceEndsAt! : "",
    );

    clock.advance(24 * 3_600_000 + 1000);
    const after = await deliverOne(chain.eventType);
    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(verifies(old.secret, after)).toBe(false);
    expect(verifies(fresh.secret, after)).toBe(true);
    expect((await t.graphql(DeleteCredential, { id: old.id })).data!.deleteCredential.__typename).toBe("DeletePayload");
  });

  it("ends the grace period early on request", async () => {
    const old = await credential("STANDARD_WEBHOOKS");
    const chain = await subscribe(t, { url: `${receiver.origin}/early`, destination: { credentialId: old.id } });
    const fresh = await credential("STANDARD_WEBHOOKS");
    await rotate(chain.destinationId, fresh.id, 168);
    expect(verifies(old.secret, await deliverOne(chain.eventType))).toBe(true);

    expect((await t.graphql(EndGrace, { id: chain.destinationId })).data!.endDestinationCredentialGrace).toMatchObject({
      destination: { graceEndsAt: null, previousCredential: null },
    });
    const after = await deliverOne(chain.eventType);
    expect(verifies(old.secret, after)).toBe(false);
    expect(verifies(fresh.secret, after)).toBe(true);
    expect((await t.graphql(DeleteCredential, { id: old.id })).data!.deleteCredential.__typename).toBe("DeletePayload");
  });

  it("switches at once, without a grace period, with graceHours 0 or through updateDestination", async () => {
    const old = await credential("STANDARD_WEBHOOKS");
    const chain = await subscribe(t, { url: `${receiver.origin}/now`, destination: { credentialId: old.id } });
    const fresh = await credential("STANDARD_WEBHOOKS");
    expect(await rotate(chain.destinationId, fresh.id, 0)).toMatchObject({ destination: { graceEndsAt: null, previousCredential: null } });
    expect(verifies(old.secret, await deliverOne(chain.eventType))).toBe(false);

    const third = await credential("STANDARD_WEBHOOKS");
    await rotate(chain.destinationId, third.id);
    const switched = await t.graphql(SetCredential, { id: chain.destinationId, credentialId: old.id });
    expect(switched.data!.updateDestination).toMatchObject({ destination: { graceEndsAt: null, previousCredential: null } });
    const request = await deliverOne(chain.eventType);
    expect(verifies(old.secret, request)).toBe(true);
    expect(verifies(third.secret, request)).toBe(false);
  });

  it("refuses bad input with typed errors and changes nothing", async () => {
    const old = await credential("STANDARD_WEBHOOKS");
    const chain = await subscribe(t, { url: `${receiver.origin}/bad`, destination: { credentialId: old.id } });
    const fresh = await credential("STANDARD_WEBHOOKS");
    const incoming = await credential("HTTP_BASIC", { username: "incoming", password: "incoming-password-1" });
    const issues = async (graceHours: number | undefined, credentialId = fresh.id) => {
      const result = await rotate(chain.destinationId, credentialId, graceHours);
      return result.__typename === "ValidationError" ? result.issues.map((i) => i.path.join(".")) : result.__typename;
    };
    expect(await issues(169)).toEqual(["input.graceHours"]);
    expect(await issues(-1)).toEqual(["input.graceHours"]);
    expect(await issues(undefined, old.id)).toEqual(["input.credentialId"]);
    expect(await issues(undefined, incoming.id)).toEqual(["input.credentialId"]);
    expect(await issues(undefined, "cred_01h455vb4pex5vsknk084sn02q")).toEqual(["input.credentialId"]);
    expect(await rotate("dst_01h455vb4pex5vsknk084sn02q", fresh.id)).toMatchObject({
      __typename: "NotFoundError",
      resource: "Destination",
    });
    const row = await t.app.runtime.prisma.destination.findUniqueOrThrow({ where: { id: chain.destinationId } });
    expect(row).toMatchObject({ credentialId: old.id, previousCredentialId: null, previousCredentialUntil: null });
    const graceHours = await t.graphql(
      graphql(`
        mutation RotationHugeHours($input: RotateDestinationCredentialInput!) {
          rotateDestinationCredential(input: $input) {
            __typename
          }
        }
      `),
      { input: { destinationId: chain.destinationId, credentialId: fresh.id, graceHours: 2 ** 31 } },
    );
    expect(graceHours.errors?.[0].message).toMatch(/Int/);
  });
});

describe("HMAC_SHA256 and M3TER_SIGNED_REQUEST rotation", () => {
  const hex = (secret: string, text: string) => createHmac("sha256", secret).update(text, "utf8").digest("hex");

  it("puts each signature in its credential's header, and both in a shared header, the current one first", async () => {
    const old = await credential("HMAC_SHA256", { headerName: "X-Signature", secret: "old-hmac-secret-0001" });
    const chain = await subscribe(t, { url: `${receiver.origin}/hmac`, destination: { credentialId: old.id } });
    const renamed = await credential("HMAC_SHA256", { headerName: "X-Signature-2026", secret: "new-hmac-secret-0002" });
    await rotate(chain.destinationId, renamed.id);
    const apart = await deliverOne(chain.eventType);
    // An old receiver reads its header unchanged; a new one reads the new header.
    expect(apart.headers["x-signature"]).toBe(hex("old-hmac-secret-0001", apart.body));
    expect(apart.headers["x-signature-2026"]).toBe(hex("new-hmac-secret-0002", apart.body));

    const shared = await credential("HMAC_SHA256", { headerName: "X-Signature-2026", secret: "third-hmac-secret-03" });
    await rotate(chain.destinationId, shared.id);
    const together = await deliverOne(chain.eventType);
    expect(together.headers["x-signature-2026"]).toBe(
      `${hex("third-hmac-secret-03", together.body)}, ${hex("new-hmac-secret-0002", together.body)}`,
    );
    // The rotation before the last one is no longer sent.
    expect(together.headers["x-signature"]).toBeUndefined();
  });

  it("lists both API keys and signatures, the current one first, over one timestamp", async () => {
    const old = await credential("M3TER_SIGNED_REQUEST", { apiKey: "key-old", apiSecret: "m3ter-old-secret-01" });
    const chain = await subscribe(t, { url: `${receiver.origin}/m3ter`, destination: { credentialId: old.id } });
    const fresh = await credential("M3TER_SIGNED_REQUEST", { apiKey: "key-new", apiSecret: "m3ter-new-secret-02" });
    await rotate(chain.destinationId, fresh.id);
    const request = await deliverOne(chain.eventType);
    const timestamp = String(request.headers["x-m3ter-timestamp"]);
    expect(timestamp).toMatch(/^\d+$/);
    expect(request.headers["x-m3ter-apikey"]).toBe("key-new, key-old");
    expect(request.headers["x-m3ter-signature"]).toBe(
      `${hex("m3ter-new-secret-02", `key-new|${timestamp}|${request.body}`)}, ${hex("m3ter-old-secret-01", `key-old|${timestamp}|${request.body}`)}`,
    );
  });

  it("does not send a previous credential that is not a signature", async () => {
    const old = await credential("BEARER", { token: "old-bearer-token-01" });
    const chain = await subscribe(t, { url: `${receiver.origin}/bearer`, destination: { credentialId: old.id } });
    const fresh = await credential("BEARER", { token: "new-bearer-token-02" });
    await rotate(chain.destinationId, fresh.id);
    const request = await deliverOne(chain.eventType);
    expect(request.headers.authorization).toBe("Bearer new-bearer-token-02");
  });
});
