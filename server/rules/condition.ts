// Rule conditions are CEL (Common Expression Language) expressions over the
// event, evaluated by a sandboxed interpreter (@marcbachmann/cel-js: no eval,
// no Function, no access to anything but the event). Example:
//   data.amount > 1000 && data.currency == "USD"
import { parse } from "@marcbachmann/cel-js";
import { ValidationError } from "../errors.ts";

export const MAX_CONDITION_LENGTH = 2000;

export type CompiledCondition = (context: Record<string, unknown>) => unknown;

const compiled = new Map<string, CompiledCondition>();

/** Compiles a condition, or throws a ValidationError at `path` saying where it went wrong. */
export function compileCondition(source: string, path: string[] = ["input", "condition"]): CompiledCondition {
  const cached = compiled.get(source);
  if (cached) return cached;
  if (source.length > MAX_CONDITION_LENGTH) throw ValidationError.field(path, `A condition is at most ${MAX_CONDITION_LENGTH} characters.`);
  let evaluate: CompiledCondition;
  try {
    evaluate = parse(source) as CompiledCondition;
  } catch (error) {
    throw ValidationError.field(path, describeParseError(error as Error));
  }
  if (compiled.size > 1000) compiled.clear();
  compiled.set(source, evaluate);
  return evaluate;
}

/** "Unexpected token: AND at line 1, column 15." from the library's message and its caret line. */
function describeParseError(error: Error): string {
  const lines = error.message.split("\n");
  const headline = lines[0];
  const at = lines.findIndex((line) => /^>\s*\d+ \| /.test(line));
  const caret = at >= 0 ? lines[at + 1]?.indexOf("^") : -1;
  if (at >= 0 && caret !== undefined && caret >= 0) {
    const line = Number(/^>\s*(\d+)/.exec(lines[at])![1]);
    const column = caret - lines[at].indexOf("| ") - 1;
    return `${headline} at line ${line}, column ${column}.`;
  }
  return `${headline}.`;
}

/**
 * Whether an event satisfies a rule's condition. The condition sees `data`
 * (the payload) and `event` ({ id, type }; `type` alone is a CEL built-in). A
 * condition that cannot be evaluated for this event (a missing field, a
 * string compared with a number) does not match.
 */
export function conditionMatches(source: string | null, event: { id: string; type: string; payload: unknown }): boolean {
  if (!source) return true;
  try {
    return compileCondition(source)({ data: event.payload, event: { id: event.id, type: event.type } }) === true;
  } catch {
    return false;
  }
}
