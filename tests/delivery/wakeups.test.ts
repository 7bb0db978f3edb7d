// Waking other processes' workers through LISTEN/NOTIFY: every wake-up asked
// for is followed by a NOTIFY sent after it, and a burst of them does not send
// one NOTIFY each.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresWakeups, type Wakeups } from "../../server/delivery/wakeups.ts";
import { createLogger } from "../../server/logger.ts";
import { serverDatabaseUrl } from "../utils/test-database.ts";

describe.runIf(serverDatabaseUrl)("wake-ups across processes (PostgreSQL)", () => {
  const logger = createLogger("silent");
  let sender: Wakeups;
  let receiver: Wakeups;
  let woken = 0;

  beforeAll(async () => {
    sender = postgresWakeups(serverDatabaseUrl!, logger);
    receiver = postgresWakeups(serverDatabaseUrl!, logger);
    receiver.onWake(() => woken++);
    // Both listen once their LISTEN has run: until then a notification would be lost.
    for (const started = Date.now(); woken === 0; await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (Date.now() - started > 10_000) throw new Error("no wake-up arrived within 10 s");
      sender.notify();
    }
  });
  afterAll(async () => {
    await sender?.close();
    await receiver?.close();
  });

  it("sends one NOTIFY for a burst, and one more after it for what was asked meanwhile", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    woken = 0;
    for (let i = 0; i < 50; i++) sender.notify();
    // The first NOTIFY goes at once; the other 49 were asked for while it ran: one more, after it.
    await expect.poll(() => woken, { timeout: 5000 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(woken).toBe(2);

    // Asked for again later: sent again.
    sender.notify();
    await expect.poll(() => woken, { timeout: 5000 }).toBe(3);
  });
});
