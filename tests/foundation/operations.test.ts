// Operations record their own changes, in the transaction that makes them:
// what fails after a change takes its audit entry and system events with it,
// and work meant for after the commit waits for it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { operationFor, type Operation } from "../../server/operation.ts";
import { COMMAND_LINE } from "../../server/changes/change.ts";
import { createDestination } from "../../server/destinations/destinations.ts";
import { createProgram } from "../../server/programs/programs.ts";

let t: TestApp;
let op: Operation;

beforeAll(async () => {
  t = await startTestApp({ env: { SWITCHYARD_ALLOW_HTTP: "true", SWITCHYARD_ALLOW_NETWORKS: "127.0.0.0/8" } });
  const organization = await t.app.runtime.prisma.organization.findFirstOrThrow();
  op = operationFor(t.app.runtime, { organizationId: organization.id }, COMMAND_LINE);
});
afterAll(() => t?.stop());

const traces = async (resourceId: string) => ({
  audit: await t.app.runtime.prisma.auditEntry.count({ where: { resourceId } }),
  events: await t.app.runtime.prisma.event.count({ where: { payload: { path: ["destination", "id"], equals: resourceId } } }),
});

describe("an operation's change and its record", () => {
  it("commit together: the audit entry names the actor, and the system event is raised", async () => {
    const destination = await createDestination(op, { name: "Recorded", url: "http://127.0.0.1:9/recorded" });
    const entry = await t.app.runtime.prisma.auditEntry.findFirstOrThrow({ where: { resourceId: destination.id } });
    expect(entry).toMatchObject({ action: "destination.created", tokenId: null, tokenName: "command line" });
    expect(await traces(destination.id)).toEqual({ audit: 1, events: 1 });
  });

  it("roll back together when the transaction they joined fails", async () => {
    let made: string | undefined;
    await expect(
      op.transaction(async (tx) => {
        made = (await createDestination(tx, { name: "Rolled back", url: "http://127.0.0.1:9/rolled-back" })).id;
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect(made).toBeDefined();
    expect(await t.app.runtime.prisma.destination.count({ where: { id: made } })).toBe(0);
    expect(await traces(made!)).toEqual({ audit: 0, events: 0 });
  });

  it("runs after-commit work once the transaction commits, and never when it rolls back", async () => {
    const seen: string[] = [];
    await op.transaction(async (tx) => {
      await createProgram(tx, { name: `Committed ${Date.now()}` });
      tx.afterCommit(() => void seen.push("committed"));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(["committed"]);
    await op
      .transaction(async (tx) => {
        tx.afterCommit(() => void seen.push("rolled back"));
        throw new Error("no commit");
      })
      .catch(() => undefined);
    expect(seen).toEqual(["committed"]);
  });
});
