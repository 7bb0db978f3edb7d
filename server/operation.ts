// What every domain operation takes: the organization-bound database, the
// clock, the organization it acts in, who acts (a token, the command line or
// Switchyard itself) and the process's services. A GraphQL request's context
// is one; the command line and the worker build one per command or change.
// An operation that changes something records the change itself, in the
// same transaction as the change (server/changes/record-change.ts).
import type { Clock } from "./clock.ts";
import type { Actor } from "./changes/change.ts";
import type { Runtime } from "./runtime.ts";
import type { TenantScope } from "./tenancy/scope.ts";
import { tenantDb, type TenantClient } from "./tenancy/tenant-db.ts";

export interface Operation {
  runtime: Runtime;
  /** The database, bound to `scope`'s organization; inside `transaction`, the transaction. */
  db: TenantClient;
  clock: Clock;
  scope: TenantScope;
  actor: Actor;
  /** True inside `transaction`: what it writes commits with the rest, or not at all. */
  inTransaction: boolean;
  /** Runs `work` in one transaction, or in the current one when already inside it. */
  transaction<T>(work: (op: Operation) => Promise<T>): Promise<T>;
  /**
   * Work for once the change is committed (waking workers, telling other
   * processes); the transaction answers once it is done. Outside a
   * transaction it starts at once.
   */
  afterCommit(work: () => void | Promise<void>): void;
}

export function operationFor(runtime: Runtime, scope: TenantScope, actor: Actor): Operation {
  const db = tenantDb(runtime.prisma, scope);
  const op: Operation = {
    runtime,
    db,
    clock: runtime.clock,
    scope,
    actor,
    inTransaction: false,
    afterCommit: (work) => {
      Promise.resolve(work()).catch((error: unknown) => runtime.logger.error({ err: error }, "after-commit work failed"));
    },
    async transaction(work) {
      const committed: (() => void | Promise<void>)[] = [];
      const result = await db.$transaction((tx) => {
        const inside: Operation = {
          ...op,
          db: tx,
          inTransaction: true,
          afterCommit: (done) => committed.push(done),
          transaction: (more) => more(inside),
        };
        return work(inside);
      });
      for (const done of committed) await done();
      return result;
    },
  };
  return op;
}
