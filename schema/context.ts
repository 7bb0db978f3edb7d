// What every resolver receives: who is asking, and the operation context the
// request's domain operations run in (the organization it acts in, its
// database handle, the clock, the process's services).
import type { Principal } from "../server/auth/principal.ts";
import type { Operation } from "../server/operation.ts";

export interface GraphQLContext extends Operation {
  principal: Principal;
}
