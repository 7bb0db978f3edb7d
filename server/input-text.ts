// Text and JSON that the database cannot store faithfully, found before any of
// it gets there: PostgreSQL's text and jsonb refuse the NUL character, a lone
// UTF-16 surrogate is not Unicode at all (it would be stored as U+FFFD or
// refused), and deeply nested JSON exhausts jsonb's and our own recursion.
import type { FieldIssue } from "./errors.ts";

/** Objects and arrays nested deeper than this are refused (real payloads stay far below it). */
export const MAX_JSON_DEPTH = 64;

/** Enough to show what is wrong; a payload with a million bad strings does not get a million issues. */
const MAX_ISSUES = 20;

// With the u flag a paired surrogate is one code point, so \p{Cs} matches only a lone half.
const loneSurrogate = /\p{Cs}/u;

/** Why the text cannot be stored, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (loneSurrogate.test(text)) return "must be valid Unicode: it contains a lone surrogate (half of a UTF-16 pair)";
  return undefined;
}

/**
 * The issues in a value: strings anywhere in it, the keys of its objects, and
 * its nesting depth. A depth issue is reported at `path` itself.
 */
export function inputTextIssues(value: unknown, path: string[], issues: FieldIssue[] = []): FieldIssue[] {
  const walk = (item: unknown, at: string[], depth: number): boolean => {
    if (issues.length >= MAX_ISSUES) return false;
    if (typeof item === "string") {
      const problem = textProblem(item);
      if (problem) issues.push({ path: at, message: `Text ${problem}.` });
      return true;
    }
    // JSON reads 1e309 as Infinity, which JSON cannot write back: it would be stored as null.
    if (typeof item === "number" && !Number.isFinite(item)) {
      issues.push({ path: at, message: "Numbers must be finite: this one is beyond what a 64-bit float holds." });
      return true;
    }
    if (item === null || typeof item !== "object" || item instanceof Date) return true;
    if (depth >= MAX_JSON_DEPTH) {
      issues.push({ path, message: `JSON must not be nested deeper than ${MAX_JSON_DEPTH} levels.` });
      return false;
    }
    for (const [key, inner] of Object.entries(item)) {
      const problem = textProblem(key);
      if (problem) issues.push({ path: at, message: `A key of this object ${problem}.` });
      if (!walk(inner, [...at, key], depth + 1)) return false;
    }
    return true;
  };
  walk(value, path, 0);
  return issues;
}
