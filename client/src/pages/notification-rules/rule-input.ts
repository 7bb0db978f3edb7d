// The notification rule form's values, the inputs built from them, and where
// in the condition the API's error points.
import type { CreateNotificationRuleInput, NotificationRuleRowFragment, UpdateNotificationRuleInput } from "../../gql/graphql.ts";

export interface RuleFormValues {
  name: string;
  eventType: string;
  /** A CEL expression; empty matches every event of the type. */
  condition: string;
  destinationIds: string[];
  enabled: boolean;
}

export const emptyRuleForm: RuleFormValues = { name: "", eventType: "", condition: "", destinationIds: [], enabled: true };

export function formFromRule(rule: NotificationRuleRowFragment): RuleFormValues {
  return {
    name: rule.name,
    eventType: rule.eventType,
    condition: rule.condition ?? "",
    destinationIds: rule.destinations.map((d) => d.id),
    enabled: rule.enabled,
  };
}

/** Ticks or unticks one destination, in the order picked. */
export function toggleDestination(selected: readonly string[], id: string, checked: boolean): string[] {
  if (checked) return selected.includes(id) ? [...selected] : [...selected, id];
  return selected.filter((d) => d !== id);
}

/** The condition as the API takes it: none when blank. */
function condition(values: RuleFormValues): string | null {
  return values.condition.trim() || null;
}

export function createRuleInput(values: RuleFormValues): CreateNotificationRuleInput {
  const when = condition(values);
  return {
    name: values.name,
    eventType: values.eventType,
    ...(when && { condition: when }),
    destinationIds: values.destinationIds,
    enabled: values.enabled,
  };
}

/** Every field is sent; a blank condition removes the one there was (null). */
export function updateRuleInput(id: string, values: RuleFormValues): UpdateNotificationRuleInput {
  return {
    id,
    name: values.name,
    eventType: values.eventType,
    condition: condition(values),
    destinationIds: values.destinationIds,
    enabled: values.enabled,
  };
}

export interface ConditionErrorPosition {
  line: number;
  column: number;
  /** The text of that line of the condition. */
  text: string;
  /** Spaces (and the line's own tabs) up to the column, then a caret. */
  caret: string;
}

/**
 * Where a condition error points, from the API's message ("Unexpected token:
 * AND at line 1, column 15."). The API trims the condition before parsing, so
 * positions count from the trimmed text. Null when the message names no
 * position on a line of the condition.
 */
export function conditionErrorPosition(source: string, message: string): ConditionErrorPosition | null {
  const match = /at line (\d+), column (\d+)\.?$/.exec(message.trim());
  if (!match) return null;
  const line = Number(match[1]);
  const column = Number(match[2]);
  const text = source.trim().split("\n")[line - 1];
  if (text === undefined || column < 1 || column > text.length + 1) return null;
  return { line, column, text, caret: `${text.slice(0, column - 1).replace(/[^\t]/g, " ")}^` };
}
