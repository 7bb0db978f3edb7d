import { builder } from "./builder.ts";

/** What every delete mutation returns: the id that no longer exists. */
export const DeletedPayload = builder.objectRef<{ id: string }>("DeletePayload").implement({
  fields: (t) => ({ deletedId: t.exposeID("id") }),
});
