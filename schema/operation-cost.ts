// What a GraphQL operation costs from its token's budget: a point per root
// field (aliases count, like separate calls), unless the field declares its own
// cost next to its definition: publishing counts events, not calls.
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { parsedDocument } from "./graphql-documents.ts";

const COST = "switchyardCost";

type FieldCost = (args: Record<string, unknown>) => number;

/** A root field's `extensions`, for a field that costs more than a point (its arguments already coerced). */
export function costs(cost: FieldCost): Record<string, unknown> {
  return { [COST]: cost };
}

export interface OperationRequest {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export function operationCost(schema: GraphQLSchema, request: OperationRequest): number {
  const document = parsedDocument(request.query ?? "");
  if (!document) return 1;
  const operation = getOperationAST(document, request.operationName ?? undefined);
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return 1;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  const variables = coerced.coerced ?? {};
  let total = 0;
  for (const node of rootFields(document, operation.selectionSet)) {
    const field = rootType.getFields()[node.name.value];
    // Introspection (__schema, __typename) is free; an unknown field fails validation anyway.
    if (!field) continue;
    const cost = field.extensions[COST] as FieldCost | undefined;
    if (!cost) {
      total += 1;
      continue;
    }
    try {
      total += cost(getArgumentValues(field, node, variables));
    } catch {
      // Arguments that do not coerce: execution reports the error; the attempt costs a point.
      total += 1;
    }
  }
  return Math.max(1, total);
}

export function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(document, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootFields(document, fragment.selectionSet, seen) : [];
  });
}
