// Builds operations for every root field of the schema, so the isolation and
// role tests cover fields nobody remembered to list.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

export type IdFor = (fieldName: string, context: { rootField: string }) => string | undefined;

/**
 * A selection set for a type, a few levels deep, skipping fields that need
 * arguments. Under type conditions, a field whose name other possible types
 * use with another type is aliased (GraphQL refuses to merge them).
 */
export function selectionFor(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  depth = 3,
  conflicting = new Set<string>(),
  alias = "",
): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return "";
  if (depth <= 0) return "{ __typename }";
  if (isInterfaceType(named) || isUnionType(named)) {
    const possible = schema.getPossibleTypes(named);
    const typesByName = new Map<string, Set<string>>();
    for (const p of possible)
      for (const f of Object.values(p.getFields())) typesByName.set(f.name, (typesByName.get(f.name) ?? new Set()).add(f.type.toString()));
    const clashes = new Set([...typesByName].filter(([, types]) => types.size > 1).map(([name]) => name));
    return `{ __typename ${possible.map((p) => `... on ${p.name} ${selectionFor(schema, p, depth - 1, clashes, `${p.name}_`)}`).join(" ")} }`;
  }
  if (!isObjectType(named)) return "";
  const parts = ["__typename"];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const fieldType = getNamedType(field.type);
    const name = conflicting.has(field.name) ? `${alias}${field.name}: ${field.name}` : field.name;
    if (isLeafType(fieldType)) parts.push(name);
    else if (depth > 1) parts.push(`${name} ${selectionFor(schema, field.type, depth - 1)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

/** A value of an input type: ids from `idFor`, plausible values for everything else. */
export function valueFor(type: GraphQLInputType, fieldName: string, idFor: IdFor, rootField: string, onlyRequired: boolean): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const item = valueFor(nullable.ofType as GraphQLInputType, fieldName, idFor, rootField, onlyRequired);
    return item === undefined ? [] : [item];
  }
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type);
      const isId = getNamedType(field.type).name === "ID";
      if (!required && (onlyRequired || !isId)) continue;
      const v = valueFor(field.type, field.name, idFor, rootField, onlyRequired);
      if (v !== undefined) value[field.name] = v;
    }
    return value;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  switch (nullable.name) {
    case "ID":
      return idFor(fieldName, { rootField });
    case "String":
      return "x";
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "DateTime":
      return "2020-01-01T00:00:00.000Z";
    case "JSON":
    case "JSONObject":
      return {};
    default:
      return undefined;
  }
}

export interface Operation {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One operation for a root field, its arguments filled in (optional id arguments too, unless onlyRequired). */
export function operationFor(
  schema: GraphQLSchema,
  kind: "query" | "mutation" | "subscription",
  field: GraphQLField<unknown, unknown>,
  idFor: IdFor,
  onlyRequired = false,
): Operation {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const required = isNonNullType(arg.type);
    const named = getNamedType(arg.type);
    if (!required && (onlyRequired || !(isInputObjectType(named) || named.name === "ID"))) continue;
    const value = valueFor(arg.type, arg.name, idFor, field.name, onlyRequired);
    if (value === undefined) continue;
    variables[arg.name] = value;
    definitions.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const head = `${kind} Walk${definitions.length ? `(${definitions.join(", ")})` : ""}`;
  const query = `${head} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selectionFor(schema, field.type)} }`;
  return { field: field.name, query, variables };
}

/** The record types ids name, longest names first so "EventType" wins over "Event". */
export const idNouns = [
  "IncomingRequest",
  "Source",
  "NotificationRule",
  "AccessToken",
  "Credential",
  "Destination",
  "EventType",
  "Webhook",
  "Program",
  "Delivery",
  "Attempt",
  "Event",
  "Organization",
] as const;

/**
 * Ids by field name from one id per record type: `id` arguments by the root
 * field's noun (a destination's when none), `fooId`/`fooIds` by their stem.
 */
export function idMapper(ids: Record<string, string>): IdFor {
  return (fieldName, { rootField }) => {
    if (fieldName === "id") {
      const noun = idNouns.find((n) => rootField.toLowerCase().includes(n.toLowerCase()));
      return noun ? ids[noun] : ids.Destination;
    }
    const stem = fieldName.replace(/Ids?$/, "");
    const noun =
      stem === "token" ? "AccessToken" : stem === "resource" ? "Destination" : idNouns.find((n) => n.toLowerCase() === stem.toLowerCase());
    return noun ? ids[noun] : undefined;
  };
}
