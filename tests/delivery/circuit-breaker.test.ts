// The circuit breaker as an operator meets it: counted failures open it for
// a minute, failures of requests that were in flight together count once,
// after the cooldown one probe decides, and an operator can close it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.ts";
import type { TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { clearDeliveryTestBed, startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { TestClock } from "../utils/test-clock.ts";
import { publish, subscribe } from "../utils/fixtures.ts";

const Circuit = graphql(`
  query Circuit($id: ID!) {
    destination(id: $id) {
      consecutiveFailures
      circuit {
        state
        openedAt
        cooldownSeconds
        nextProbeAt
      }
    }
  }
`);

const CloseCircuit = graphql(`
  mutation CloseCircuit($id: ID!) {
    closeDestinationCircuit(input: { id: $id }) {
      __typename
      ... on DestinationPayload {
        destination {
          consecutiveFailures
          circuit {
            state
          }
        }
      }
    }
  }
`);

let t: TestApp;
let receiver: TestReceiver;
const clock = new TestClock(Math.floor(Date.now() / 1000) * 1000);

beforeAll(async () => ({ t, receiver } = await startDeliveryTestBed({ clock, env: { SWITCHYARD_DESTINATION_CONCURRENCY: "20" } })));
afterAll(() => stopDeliveryTestBed(t, receiver));
beforeEach(() => clearDeliveryTestBed(t, receiver));

const runWorker = () => t.app.worker!.runOnce();
const circuit = async (id: string) => (await t.graphql(Circuit, { id })).data!.destination!;
const iso = (ms: number) => new Date(ms).toISOString();

/** Ten failures one after the other (each sent after the previous one was recorded). */
async function failTenTimes(eventType: string) {
  for (let i = 0; i < 10; i++) {
    await publish(t, eventType, { i });
    await runWorker();
    clock.advance(1000);
  }
}

describe("circuit breaker", () => {
  it("opens after 10 failures in a row, for a minute, and claims nothing meanwhile", async () => {
    receiver.respond(500);
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/open`, webhook: { retrySchedule: [] } });
    await failTenTimes(eventType);
    const openedAt = clock.now().getTime() - 1000;
    expect(await circuit(destinationId)).toEqual({
      consecutiveFailures: 10,
      circuit: { state: "OPEN", openedAt: iso(openedAt), cooldownSeconds: 60, nextProbeAt: iso(openedAt + 60_000) },
    });
    await publish(t, eventType, {});
    await runWorker();
    expect(receiver.received).toHaveLength(10);
  });

  it("after the cooldown sends one probe: its failure doubles the cooldown, its success closes the circuit", async () => {
    receiver.respond(500);
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/probe`, webhook: { retrySchedule: [1] } });
    await failTenTimes(eventType);
    for (let i = 0; i < 5; i++) await publish(t, eventType, { waiting: i });
    clock.advance(60_000);
    expect((await circuit(destinationId)).circuit.state).toBe("HALF_OPEN");
    // Five (and retries) are due: only the probe goes out, and it fails.
    const before = receiver.received.length;
    await runWorker();
    expect(receiver.received).toHaveLength(before + 1);
    const reopened = clock.now().getTime();
    expect((await circuit(destinationId)).circuit).toEqual({
      state: "OPEN",
      openedAt: iso(reopened),
      cooldownSeconds: 120,
      nextProbeAt: iso(reopened + 120_000),
    });
    clock.advance(120_000);
    receiver.respond(204);
    // The probe succeeds; the circuit closes, and the rest follow in the same round.
    await runWorker();
    expect(await circuit(destinationId)).toEqual({
      consecutiveFailures: 0,
      circuit: { state: "CLOSED", openedAt: null, cooldownSeconds: null, nextProbeAt: null },
    });
    expect(receiver.received.length).toBeGreaterThanOrEqual(before + 1 + 5);
  });

  it("caps the cooldown at 30 minutes", async () => {
    receiver.respond(500);
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/cap`, webhook: { retrySchedule: [] } });
    const prisma = t.app.runtime.prisma;
    const long = clock.now().getTime() - 3600_000;
    await prisma.destination.update({
      where: { id: destinationId },
      data: {
        consecutiveFailures: 20,
        circuitOpenings: 5,
        circuitOpenedAt: new Date(long),
        circuitOpenUntil: new Date(long + 1000),
        lastFailureAt: new Date(long),
      },
    });
    await publish(t, eventType, {});
    await runWorker();
    expect((await circuit(destinationId)).circuit).toMatchObject({
      state: "OPEN",
      cooldownSeconds: 1800,
      nextProbeAt: iso(clock.now().getTime() + 1800_000),
    });
  });

  it("counts the failures of requests in flight together as one: a receiver restarted under load does not open it", async () => {
    const port = receiver.port;
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/restart`, webhook: { retrySchedule: [5, 300] } });
    // Ten earlier outages already counted: one more counted failure would open the circuit.
    await t.app.runtime.prisma.destination.update({
      where: { id: destinationId },
      data: { consecutiveFailures: 9, failingSince: clock.now() },
    });
    receiver.respond({ hang: true });
    for (let i = 0; i < 15; i++) await publish(t, eventType, { i });
    const round = runWorker();
    await receiver.waitFor(15);
    // The receiver goes away with 15 requests in flight (all reset), and comes back on the same port.
    await receiver.close();
    await round;
    receiver = await startTestReceiver(204, { port });
    const after = await circuit(destinationId);
    expect(after.consecutiveFailures).toBe(10);
    // One counted failure reached the threshold: the circuit opened once, for the first cooldown, not more.
    expect(after.circuit).toMatchObject({ state: "OPEN", cooldownSeconds: 60 });
    clock.advance(60_000);
    // Probe, then the rest: all 15 arrive at the restarted receiver.
    await runWorker();
    clock.advance(6_000);
    await runWorker();
    expect(receiver.received).toHaveLength(15);
    expect((await circuit(destinationId)).circuit.state).toBe("CLOSED");
  });

  it("can be closed by an operator", async () => {
    receiver.respond(500);
    const { eventType, destinationId } = await subscribe(t, { url: `${receiver.origin}/manual`, webhook: { retrySchedule: [] } });
    await failTenTimes(eventType);
    expect((await circuit(destinationId)).circuit.state).toBe("OPEN");
    const closed = await t.graphql(CloseCircuit, { id: destinationId });
    expect(closed.data!.closeDestinationCircuit).toEqual({
      __typename: "DestinationPayload",
      destination: { consecutiveFailures: 0, circuit: { state: "CLOSED" } },
    });
    receiver.respond(204);
    await publish(t, eventType, {});
    await runWorker();
    expect(receiver.received).toHaveLength(11);
  });
});
