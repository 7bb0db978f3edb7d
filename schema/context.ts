// What every resolver receives: who is asking, and the operation context the
// request's domain operations run in (the organization it acts in, its
// database handle, the clock, the process's services).
import type { Principal } from "../server/auth/principal.ts";
import type { Operation } from "../server/operation.ts";

export interface GraphQLContext extends Operation {
  principal: Principal;
  /** Takes points from the token's budget for work its request turned out to cost (rule conditions' steps). */
  charge(points: number): Promise<void>;
}
