// Each organization's share of the API's database connections: how many of its
// statements run at once, how its line waits, and that no line touches another.
import { describe, expect, it } from "vitest";
import { actingFor, DatabaseBusyError, organizationShares } from "../../server/db/organization-share.ts";

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("organization shares", () => {
  it("lets an organization hold its share, queues the rest in order, and never makes another organization wait", async () => {
    const shares = organizationShares({ perOrganization: 2, waitMs: 10_000 });
    const a1 = await shares.acquire("a");
    const a2 = await shares.acquire("a");
    const started: string[] = [];
    const a3 = shares.acquire("a").then((giveBack) => (started.push("a3"), giveBack));
    const a4 = shares.acquire("a").then((giveBack) => (started.push("a4"), giveBack));
    await settle();
    expect(started).toEqual([]);

    // Another organization's turn comes at once, however long a's line is.
    const b1 = await shares.acquire("b");
    b1();

    a1();
    await settle();
    expect(started).toEqual(["a3"]);
    // Giving a turn back twice frees one slot, not two.
    a1();
    await settle();
    expect(started).toEqual(["a3"]);
    a2();
    await settle();
    expect(started).toEqual(["a3", "a4"]);
    (await a3)();
    (await a4)();
    // With every turn given back, a full share is free again.
    const again = [await shares.acquire("a"), await shares.acquire("a")];
    again.forEach((giveBack) => giveBack());
  });

  it("refuses at once when the line is full, and gives up on a turn that does not come in time", async () => {
    const shares = organizationShares({ perOrganization: 1, waitMs: 200, maxWaiting: 8 });
    const held = await shares.acquire("a");
    const waiting = Array.from({ length: 8 }, () => shares.acquire("a"));
    await expect(shares.acquire("a")).rejects.toBeInstanceOf(DatabaseBusyError);
    const outcomes = await Promise.allSettled(waiting);
    expect(outcomes.map((o) => o.status)).toEqual(Array(8).fill("rejected"));
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ code: "DATABASE_BUSY", organizationId: "a" });
    // The statements that gave up left the line: the next one gets the turn as soon as it is given back.
    const next = shares.acquire("a");
    held();
    (await next)();
  });

  it("runs work in the acting organization's share, and other work at once", async () => {
    const shares = organizationShares({ perOrganization: 1, waitMs: 10_000 });
    const held = await shares.acquire("a");
    const order: string[] = [];
    const asA = actingFor("a", () => shares.run(async () => void order.push("a's statement")));
    await actingFor("b", () => shares.run(async () => void order.push("b's statement")));
    await shares.run(async () => void order.push("the engine's statement"));
    expect(order).toEqual(["b's statement", "the engine's statement"]);
    held();
    await asA;
    expect(order).toEqual(["b's statement", "the engine's statement", "a's statement"]);
  });
});
