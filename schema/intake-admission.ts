// Refuses publishing while a delivery backlog is over its bound
// (server/delivery/intake-admission.ts): HTTP 503 with Retry-After and a
// GraphQL error with code OVERLOADED, before the mutation runs, so nothing is
// stored. Other operations are never held back.
//
// The installation's bound is checked before authentication: while the whole
// process is overloaded, a refused publish should cost as little as possible,
// and the answer tells nothing about any organization. An organization's own
// bound needs to know whose publish it is, so it is checked before execution,
// once the request (or the WebSocket connection) is authenticated.
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { IntakeAdmission, IntakeRefusal } from "../server/delivery/intake-admission.ts";
import { rootFields } from "./operation-cost.ts";
import { parsedDocument } from "./graphql-documents.ts";
import type { GraphQLContext } from "./context.ts";

const PUBLISHING_FIELDS = new Set(["publishEvent", "publishEvents"]);

function publishes(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "mutation") return false;
  return rootFields(document, operation.selectionSet).some((field) => PUBLISHING_FIELDS.has(field.name.value));
}

function refused({ scope, maxBacklog, retryAfterSeconds: retryAfter }: IntakeRefusal): ExecutionResult {
  const whose = scope === "ORGANIZATION" ? "This organization's deliveries are" : "Switchyard is";
  return {
    errors: [
      new GraphQLError(`${whose} behind (over ${maxBacklog} due); nothing was published. Retry in ${retryAfter} s.`, {
        extensions: { code: "OVERLOADED", scope, retryAfter, http: { status: 503, headers: { "Retry-After": String(retryAfter) } } },
      }),
    ],
  };
}

export function useIntakeAdmission(intake: IntakeAdmission): Plugin {
  return {
    onParams({ params, setResult }) {
      // The cheap test first: most requests are not publishing, and most of the time nothing is refused.
      // A query that is no string is yoga's to refuse.
      if (typeof params.query !== "string" || !params.query.includes("publishEvent")) return;
      const refusal = intake.check();
      if (!refusal) return;
      const document = parsedDocument(params.query);
      if (document && publishes(document, params.operationName)) setResult(refused(refusal));
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (!publishes(args.document, args.operationName)) return;
      const refusal = intake.check((args.contextValue as Partial<GraphQLContext>).scope?.organizationId);
      if (refusal) setResultAndStopExecution(refused(refusal));
    },
  };
}
