// Refuses publishing while the delivery backlog is over its bound
// (server/delivery/intake-admission.ts): HTTP 503 with Retry-After and a
// GraphQL error with code OVERLOADED, before the mutation runs, so nothing is
// stored. Other operations are never held back.
import { getOperationAST, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { IntakeAdmission } from "../server/delivery/intake-admission.ts";
import { rootFields } from "./operation-cost.ts";

const PUBLISHING_FIELDS = new Set(["publishEvent", "publishEvents"]);

export function useIntakeAdmission(intake: IntakeAdmission): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "mutation") return;
      if (!rootFields(args.document, operation.selectionSet).some((field) => PUBLISHING_FIELDS.has(field.name.value))) return;
      const refusal = intake.check();
      if (!refusal) return;
      const retryAfter = refusal.retryAfterSeconds;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Switchyard is behind on deliveries (over ${refusal.maxBacklog} due); nothing was published. Retry in ${retryAfter} s.`,
            { extensions: { code: "OVERLOADED", retryAfter, http: { status: 503, headers: { "Retry-After": String(retryAfter) } } } },
          ),
        ],
      });
    },
  };
}
