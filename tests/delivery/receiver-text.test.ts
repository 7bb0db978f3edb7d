// A receiver's answer is recorded whatever bytes it holds: PostgreSQL text
// refuses NUL, and an attempt that cannot be recorded leaves its delivery
// stuck in SENDING.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { startTestReceiver, type TestReceiver } from "../utils/test-receiver.ts";
import { publish, subscribe } from "../utils/fixtures.ts";

let t: TestApp;
let receiver: TestReceiver;

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  receiver = await startTestReceiver(200);
  await subscribe(t, { url: `${receiver.origin}/hook`, eventType: "order.created" });
});
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

it("records an answer with NUL bytes in its body, shown as U+FFFD, and completes the delivery", async () => {
  receiver.respond({ status: 200, body: "ok\u0000then binary" });
  const published = await publish(t, "order.created", { id: 1 });
  await t.app.worker!.runOnce();
  const prisma = t.app.runtime.prisma;
  const delivery = await prisma.delivery.findUniqueOrThrow({
    where: { id: published.event.deliveries[0].id },
    include: { attempts: true },
  });
  expect(delivery.status).toBe("SUCCEEDED");
  expect(delivery.attempts.map((a) => a.responseBody)).toEqual(["ok\ufffdthen binary"]);
});
