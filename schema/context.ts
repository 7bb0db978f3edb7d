// What every resolver receives: the process runtime, who is asking, and the
// organization the request acts in.
import type { Principal } from "../server/auth/principal.ts";
import type { Runtime } from "../server/runtime.ts";
import type { TenantScope } from "../server/tenancy/scope.ts";
import type { TenantDb } from "../server/tenancy/tenant-db.ts";

export interface GraphQLContext {
  runtime: Runtime;
  principal: Principal;
  scope: TenantScope;
  /** The database, bound to `scope`'s organization. */
  db: TenantDb;
}
