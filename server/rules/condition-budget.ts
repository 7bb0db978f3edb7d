// A step budget for rule conditions. cel-js has parse-time limits only, so a
// condition such as `data.l.all(a, data.l.all(b, a == b))` would run for the
// square of a list's length. Every evaluated node of a parsed condition
// costs one step, operands of functions and operators cost their size too
// (a comparison or `contains` walks them), and `matches` costs its input's
// length times its program's size; when the steps run out, evaluation stops
// at the next node. Counting steps rather than time makes the verdict the
// same on any machine.
import type { CompiledCondition } from "./condition.ts";
import { compileRe2 } from "../regex/re2.ts";

/** Thrown at the first node past the budget; one instance, so throwing it stays cheap when a comprehension keeps trying. */
class BudgetExhausted extends Error {
  constructor() {
    super("The condition ran out of evaluation steps.");
  }
}
const exhausted = new BudgetExhausted();

let remaining = 0;

function charge(steps: number): void {
  remaining -= steps;
  if (remaining < 0) throw exhausted;
}

/** Characters per step for strings an operation scans. */
const CHARS_PER_STEP = 16;
const sizes = new WeakMap<object, number>();

/** Steps to walk a value beyond the node itself: one per element or entry, plus its contents. */
function sizeOf(value: unknown): number {
  if (typeof value === "string") return Math.floor(value.length / CHARS_PER_STEP);
  if (typeof value !== "object" || value === null) return 0;
  if (value instanceof Uint8Array) return Math.floor(value.length / CHARS_PER_STEP);
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 0;
  const children = Array.isArray(value) ? value : value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value);
  for (const child of children) size += 1 + sizeOf(child);
  sizes.set(value, size);
  return size;
}

type Evaluate = (this: unknown, ev: Evaluator, ast: Node, ctx: unknown) => unknown;
interface Evaluator {
  run(ast: Node, ctx: unknown): unknown;
}
/** The parts of cel-js's AST node this file relies on. */
interface Node {
  op: string;
  args: unknown;
  evaluate: Evaluate;
  meta: { alternate?: unknown; macro?: unknown };
}

/** Operations whose cost grows with their operands. */
const SIZED = new Set(["call", "rcall", "==", "!=", "<", "<=", ">", ">=", "+", "in"]);

const MATCHES_CALL_STEPS = 10;

/** `s.matches(p)` on RE2; a pattern RE2 refuses is an evaluation error (no match). */
function evaluateMatches(ev: Evaluator, ast: Node, ctx: unknown): boolean {
  const [, receiver, [pattern]] = ast.args as [string, Node, Node[]];
  const input = ev.run(receiver, ctx);
  const source = ev.run(pattern, ctx);
  if (typeof input !== "string" || typeof source !== "string") throw new TypeError("matches() takes a string and a pattern string.");
  const regex = compileRe2(source);
  // A call costs re2js about as much as ten nodes, and it steps its
  // program once per character: a step per character per hundred instructions.
  charge(MATCHES_CALL_STEPS + input.length * Math.ceil(regex.programSize() / 100));
  return regex.test(input);
}

function isMatches(node: Node): boolean {
  return (
    node.op === "rcall" &&
    Array.isArray(node.args) &&
    node.args[0] === "matches" &&
    Array.isArray(node.args[2]) &&
    node.args[2].length === 1
  );
}

/** The patterns of `matches` calls written as string literals, checkable before any event arrives. */
export function literalPatterns(evaluate: CompiledCondition & { ast?: unknown }): string[] {
  const patterns: string[] = [];
  forEachNode(evaluate, (node) => {
    if (!isMatches(node)) return;
    const [pattern] = (node.args as [string, Node, Node[]])[2];
    if (pattern.op === "value" && typeof pattern.args === "string") patterns.push(pattern.args);
  });
  return patterns;
}

function instrumentNode(node: Node, sized: boolean): void {
  const fixed = isMatches(node);
  let inner: Evaluate = fixed ? (evaluateMatches as Evaluate) : node.evaluate;
  const counted: Evaluate = function (this: unknown, ev, ast, ctx) {
    charge(1);
    let result: unknown;
    try {
      result = inner.call(this, ev, ast, ctx);
    } finally {
      // cel-js resolves a node's evaluate on its first call and stores it on
      // the node (even when that call throws); keep it behind the counter.
      if (node.evaluate !== counted) {
        if (!fixed) inner = node.evaluate;
        node.evaluate = counted;
      }
    }
    if (sized && typeof result === "object") charge(sizeOf(result));
    else if (sized && typeof result === "string" && result.length >= CHARS_PER_STEP) charge(sizeOf(result));
    return result;
  };
  node.evaluate = counted;
}

/**
 * Puts every node of a parsed condition on the step counter and `matches`
 * on RE2. Walks whatever the nodes hold (arguments, comprehension parts,
 * macro expansions), so it does not depend on each operator's layout.
 */
export function instrumentCondition(evaluate: CompiledCondition & { ast?: unknown }): void {
  forEachNode(evaluate, instrumentNode);
}

/** Visits every node once, with whether it is an operand whose size the operation walks. */
function forEachNode(evaluate: CompiledCondition & { ast?: unknown }, visit: (node: Node, sized: boolean) => void): void {
  const prototype = Object.getPrototypeOf(evaluate.ast) as object;
  const seen = new Set<unknown>();
  const walk = (value: unknown, sized: boolean): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Object.getPrototypeOf(value) === prototype) {
      const node = value as Node;
      visit(node, sized);
      const operandsSized = SIZED.has(node.op) && !node.meta.alternate && !node.meta.macro;
      walk(node.args, operandsSized);
      walk(node.meta.alternate, false);
      walk(node.meta.macro, false);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, sized);
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      for (const item of Object.values(value)) walk(item, false);
    }
  };
  walk(evaluate.ast, false);
}

/** Runs `evaluate` with `steps` to spend; reports what it spent and whether it ran out. */
export function runWithBudget(
  steps: number,
  evaluate: () => unknown,
): { value?: unknown; error?: unknown; spent: number; exhausted: boolean } {
  remaining = steps;
  try {
    const value = evaluate();
    return { value, spent: steps - Math.max(remaining, 0), exhausted: remaining < 0 };
  } catch (error) {
    return { error, spent: steps - Math.max(remaining, 0), exhausted: remaining < 0 };
  } finally {
    remaining = 0;
  }
}
