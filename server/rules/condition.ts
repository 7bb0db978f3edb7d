// Rule conditions are CEL (Common Expression Language) expressions over the
// event, evaluated by a sandboxed interpreter (@marcbachmann/cel-js: no eval,
// no Function, no access to anything but the event), on a step budget and
// with `matches` on RE2 (see condition-budget.ts). Example:
//   data.amount > 1000 && data.currency == "USD"
import { parse } from "@marcbachmann/cel-js";
import { RateLimitedError, ValidationError } from "../errors.ts";
import type { ConditionShares } from "./condition-share.ts";
import { re2Problem } from "../regex/re2.ts";
import { instrumentCondition, literalPatterns, runWithBudget } from "./condition-budget.ts";

export const MAX_CONDITION_LENGTH = 2000;
/** Steps one condition may take on one event, unless SWITCHYARD_RULE_STEP_BUDGET says otherwise. */
export const DEFAULT_STEP_BUDGET = 1_000_000;
/** All conditions of one publish call together get this many times the budget of one. */
export const CALL_BUDGET_FACTOR = 10;
/**
 * Steps one organization's conditions may take a second in one process, on
 * average (condition-share.ts): ~0.1-0.3 of a core, against the ~0.005 of
 * 1,000 events a second each checked by five ordinary conditions.
 */
export const DEFAULT_ORGANIZATION_STEPS_PER_SECOND = 1_000_000;
/**
 * Steps a publisher's token is charged a point for (about a millisecond of CPU,
 * what a publish itself costs): a call's conditions could otherwise spend 10
 * million steps, a second of CPU, for the one point of a single event.
 */
export const CONDITION_STEPS_PER_POINT = 10_000;

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
  for (const pattern of literalPatterns(evaluate)) {
    const problem = re2Problem(pattern);
    if (problem !== null) {
      throw ValidationError.field(
        path,
        `The pattern ${JSON.stringify(pattern)} is not supported (${problem}); matches() uses RE2 syntax, without backreferences or lookaround.`,
      );
    }
  }
  instrumentCondition(evaluate);
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

const count = (steps: number) => steps.toLocaleString("en-US");

/** Where a call's steps are also taken from: its organization's share of the process (condition-share.ts). */
export interface ShareOfCall {
  shares: ConditionShares;
  organizationId: string;
  /** Whether a spent share refuses the call (RateLimitedError), or only counts (the engine's own events). */
  refuse: boolean;
}

/**
 * The steps the conditions of one publish call may spend: `perEvaluation`
 * each, ten times that together, and only while their organization's share
 * has steps left.
 */
export class ConditionBudget {
  private remainingForCall: number;
  /** Steps spent so far by this call's conditions. */
  spent = 0;

  constructor(
    readonly perEvaluation: number = DEFAULT_STEP_BUDGET,
    private readonly share?: ShareOfCall,
  ) {
    this.remainingForCall = perEvaluation * CALL_BUDGET_FACTOR;
  }

  /**
   * Whether an event satisfies a condition, within the budget. The condition
   * sees `data` (the payload) and `event` ({ id, type }; `type` alone is a
   * CEL built-in).
   */
  evaluate(source: string | null, event: { id: string; type: string; payload: unknown }): ConditionOutcome {
    if (!source) return { matches: true };
    const steps = Math.min(this.perEvaluation, this.remainingForCall);
    if (steps === 0)
      return {
        matches: false,
        problem: `Not evaluated for event ${event.id}: the conditions of its publish call had used their ${count(this.perEvaluation * CALL_BUDGET_FACTOR)} steps; it counted as not matching.`,
      };
    let evaluate: CompiledCondition;
    try {
      evaluate = compileCondition(source);
    } catch (error) {
      // Saved before its check existed (a matches() pattern RE2 refuses, say).
      return { matches: false, problem: `The condition cannot be evaluated: ${(error as Error).message}` };
    }
    const share = this.share;
    const wait = share?.refuse ? share.shares.waitSeconds(share.organizationId) : 0;
    if (share && wait > 0) {
      throw new RateLimitedError(
        `This organization's notification rule conditions have used their share of evaluation steps ` +
          `(${count(share.shares.stepsPerSecond)} a second); nothing was published: retry in ${wait} s, or make the conditions cheaper.`,
        wait,
      );
    }
    const run = runWithBudget(steps, () => evaluate({ data: event.payload, event: { id: event.id, type: event.type } }));
    this.remainingForCall -= run.spent;
    this.spent += run.spent;
    share?.shares.spend(share.organizationId, run.spent);
    if (run.exhausted) {
      const limit =
        steps === this.perEvaluation ? `its ${count(steps)} evaluation steps` : `the ${count(steps)} steps left to its publish call`;
      return { matches: false, problem: `Stopped on event ${event.id} after ${limit}; it counted as not matching.` };
    }
    return { matches: run.error === undefined && run.value === true };
  }
}

/**
 * A condition that cannot be evaluated for an event (a missing field, a
 * string compared with a number) does not match; one that runs out of steps
 * or cannot be compiled does not match either, and its `problem` is for the
 * rule's owner to see.
 */
export interface ConditionOutcome {
  matches: boolean;
  problem?: string;
}
