// Raising a system event: stored and delivered through the same engine as a
// published one (webhooks, notification rules, retries, history, live feed).
import type { Db } from "../db/database.ts";
import { ValidationError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Operation } from "../operation.ts";
import type { TenantClient } from "../tenancy/tenant-db.ts";
import { publishEvents } from "../events/publish.ts";
import { systemEventTypes } from "./catalogue.ts";

/** Puts the system event types into an organization's catalogue (idempotent). */
export async function ensureSystemEventTypes(db: Db | TenantClient, organizationId: string): Promise<void> {
  await db.eventType.createMany({
    data: systemEventTypes.map((type) => ({
      id: newId("EventType"),
      organizationId,
      name: type.name,
      description: type.description,
      schema: type.schema,
      example: type.example,
      system: true,
    })),
    skipDuplicates: true,
  });
}

/**
 * Publishes a system event through `op` (inside the transaction of the
 * change that raised it, when there is one). An organization that predates
 * a system type gets it now.
 */
export async function raiseSystemEvent(op: Operation, type: string, data: object): Promise<void> {
  const publish = () => publishEvents(op, [{ type, payload: data }], { source: "SYSTEM", pathOf: () => ["system", type] });
  await publish().catch(async (error: unknown) => {
    if (!(error instanceof ValidationError) || !error.issues.some((i) => i.path.at(-1) === "type")) throw error;
    await ensureSystemEventTypes(op.db, op.scope.organizationId);
    await publish();
  });
}

/** At start: every organization has the current system event types, including ones added by an upgrade. */
export async function ensureSystemEventTypesEverywhere(db: Db): Promise<void> {
  for (let cursor: string | undefined; ;) {
    const page = await db.organization.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: 100,
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    });
    for (const { id } of page) await ensureSystemEventTypes(db, id);
    if (page.length < 100) return;
    cursor = page.at(-1)!.id;
  }
}
