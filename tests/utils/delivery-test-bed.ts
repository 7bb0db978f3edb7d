// What the delivery tests start from: the app (its worker driven by the test,
// plain HTTP to loopback allowed) and a receiver on loopback.
import { startTestApp, type TestApp, type TestAppOptions } from "./test-app.ts";
import { startTestReceiver, type TestReceiver } from "./test-receiver.ts";

export interface DeliveryTestBed {
  t: TestApp;
  receiver: TestReceiver;
}

/** `options.env` adds to (or overrides) the loopback settings. */
export async function startDeliveryTestBed(options: TestAppOptions = {}, answer = 204): Promise<DeliveryTestBed> {
  const t = await startTestApp({
    ...options,
    env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8", ...options.env },
  });
  return { t, receiver: await startTestReceiver(answer) };
}

/** Stops what started (either may be missing when starting failed). */
export async function stopDeliveryTestBed(t: TestApp | undefined, receiver: TestReceiver | undefined): Promise<void> {
  await receiver?.close();
  await t?.stop();
}

/** Cancels what earlier tests left due, so the worker sends only this test's deliveries. */
async function cancelDueDeliveries(t: TestApp): Promise<void> {
  await t.app.runtime.prisma.delivery.updateMany({ where: { status: { in: ["SCHEDULED", "SENDING"] } }, data: { status: "CANCELLED" } });
}

/** Each test's start: nothing due from the ones before, nothing received, the receiver answering `answer`. */
export async function clearDeliveryTestBed(t: TestApp, receiver: TestReceiver, answer = 204): Promise<void> {
  await cancelDueDeliveries(t);
  receiver.received.length = 0;
  receiver.respond(answer);
}
