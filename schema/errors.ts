// The typed errors mutations return as members of their result unions.
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from "../server/errors.ts";
import { builder } from "./builder.ts";

export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "Something a mutation refused to do, and why.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One invalid input field.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Where the field is in the input, e.g. ["input", "url"].' }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was rejected; each issue names the field at fault.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No such record in the organization.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({ resource: t.exposeString("resource"), id: t.exposeID("id") }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The change clashes with existing data, for example a code already in use.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: (t) => ({ path: t.exposeStringList("path") }),
});
