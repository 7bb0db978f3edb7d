// Mutations answer bad input with a ValidationError whose issues each name the
// field at fault by its path in the input, e.g. ["input", "name"]. Forms show
// each issue next to its field, and the issues no field claims above the form.
import type { CombinedError } from "@urql/core";
import { errorMessage } from "../ui/error-message.ts";

export type IssuePath = readonly string[];

export interface FieldIssue {
  readonly path: IssuePath;
  readonly message: string;
}

export function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

export interface SortedIssues<K extends string> {
  /** Messages for each field, by the form's name for it. */
  fields: Record<K, string[]>;
  /** Messages that belong to no field of the form: show them for the whole form. */
  form: string[];
}

export function sortIssues<K extends string>(issues: readonly FieldIssue[], fields: Record<K, IssuePath>): SortedIssues<K> {
  const names = Object.keys(fields) as K[];
  const sorted = Object.fromEntries(names.map((name) => [name, [] as string[]])) as Record<K, string[]>;
  const form: string[] = [];
  for (const issue of issues) {
    const name = names.find((n) => samePath(fields[n], issue.path));
    if (name === undefined) form.push(issue.message);
    else sorted[name].push(issue.message);
  }
  return { fields: sorted, form };
}

/** Why a mutation did not do its work: field issues, or one message for the form. */
export interface MutationProblem {
  issues: FieldIssue[];
  message: string | null;
}

export const noProblem: MutationProblem = { issues: [], message: null };

/** A mutation result member that is not its payload: ValidationError, NotFoundError… */
export interface ErrorMember {
  __typename?: string;
  message?: string;
  issues?: readonly FieldIssue[];
}

/**
 * The problem behind a mutation that returned no payload: the request failed
 * (error), or the result is one of the schema's typed errors.
 */
export function mutationProblem(error: CombinedError | undefined, member: ErrorMember | null | undefined): MutationProblem {
  if (error) return { issues: [], message: errorMessage(error) };
  if (member?.issues?.length) return { issues: [...member.issues], message: null };
  return { issues: [], message: member?.message ?? "The change was not made. Try again." };
}

/** The field issues and the form-wide messages of a problem, for a form with these fields. */
export function problemFor<K extends string>(problem: MutationProblem, fields: Record<K, IssuePath>): SortedIssues<K> {
  const sorted = sortIssues(problem.issues, fields);
  return { fields: sorted.fields, form: problem.message ? [problem.message, ...sorted.form] : sorted.form };
}

/**
 * Issues about the parts of a list field (["input", "eventTypes", "2"]) moved
 * onto the field itself, for forms that show one control for the whole list.
 */
export function groupIssuesUnder(problem: MutationProblem, prefixes: readonly IssuePath[]): MutationProblem {
  const issues = problem.issues.map((issue) => {
    const prefix = prefixes.find((p) => p.length < issue.path.length && samePath(p, issue.path.slice(0, p.length)));
    return prefix ? { ...issue, path: prefix } : issue;
  });
  return { ...problem, issues };
}
