// Checks the text in every argument of every field before its resolver runs
// (server/input-text.ts says what is refused), so no resolver has to
// remember to. Refusals throw a ValidationError naming the argument path: a
// mutation answers it as a member of its result union (the errors plugin,
// outside this one, catches it); queries and subscriptions get BAD_USER_INPUT.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import {
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from "graphql";
import { ValidationError, type FieldIssue } from "../server/errors.ts";
import { inputTextIssues } from "../server/input-text.ts";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputText: InputTextPlugin<Types>;
    }
  }
}

/** Walks a value along its GraphQL input type; leaves (String, ID, JSON, ...) are checked whole. */
function collect(type: GraphQLInputType, value: unknown, path: string[], issues: FieldIssue[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => collect(nullable.ofType as GraphQLInputType, item, [...path, String(i)], issues));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      if (fields[name]) collect(fields[name].type, inner, [...path, name], issues);
    }
    return;
  }
  inputTextIssues(value, path, issues);
}

function checkArguments(args: Record<string, unknown>, definitions: readonly GraphQLArgument[]): void {
  const issues: FieldIssue[] = [];
  for (const arg of definitions) collect(arg.type, args[arg.name], [arg.name], issues);
  if (issues.length > 0) throw new ValidationError(issues);
}

const argumentsOf = (info: GraphQLResolveInfo) => info.parentType.getFields()[info.fieldName].args;

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;
type ArgMapper<Types extends SchemaTypes> = PothosOutputFieldConfig<Types>["argMappers"][number];

/** The argument mappers this plugin added: their fields are checked there, not in the resolver. */
const ourMappers = new WeakSet<object>();
const checkedByMapper = <Types extends SchemaTypes>(fieldConfig: PothosOutputFieldConfig<Types>) =>
  fieldConfig.argMappers.some((m) => ourMappers.has(m));

export class InputTextPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  // Relay decodes global-id arguments in an argument mapper, which runs before
  // any resolver wrapper and would read the raw text first: such fields are
  // checked by a mapper of ours, ahead of relay's (this hook runs before relay's).
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (!Object.values(fieldConfig.args).some((arg) => arg.extensions?.isRelayGlobalID)) return fieldConfig;
    const { parentType, name } = fieldConfig;
    const check: ArgMapper<Types> = (args, _context, info) => {
      checkArguments(args, (info.schema.getType(parentType) as GraphQLObjectType).getFields()[name].args);
      return args;
    };
    ourMappers.add(check);
    return { ...fieldConfig, argMappers: [check, ...fieldConfig.argMappers] };
  }

  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    if (Object.keys(fieldConfig.args).length === 0 || checkedByMapper(fieldConfig)) return resolver;
    return (parent, args, context, info) => {
      checkArguments(args as Record<string, unknown>, argumentsOf(info));
      return resolver(parent, args, context, info);
    };
  }

  override wrapSubscribe(subscribe: Resolver<Types> | undefined, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> | undefined {
    if (!subscribe || Object.keys(fieldConfig.args).length === 0 || checkedByMapper(fieldConfig)) return subscribe;
    return (parent, args, context, info) => {
      checkArguments(args as Record<string, unknown>, argumentsOf(info));
      return subscribe(parent, args, context, info);
    };
  }
}

const pluginName = "inputText";
SchemaBuilder.registerPlugin(pluginName, InputTextPlugin);
export default pluginName;
