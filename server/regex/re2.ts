// Every regular expression a user supplies (JSON Schema `pattern` and
// `patternProperties`, CEL `matches`) runs on RE2 semantics through re2js, a
// pure-JavaScript port of RE2: matching takes time linear in the input, so no
// pattern can make a publish backtrack for seconds. Backreferences and
// lookaround have no linear-time algorithm and are refused.
import { RE2JS } from "re2js";

// Linear time is input length × program size: `.{1000}` is a thousand
// instructions, each stepped per character. These bounds keep both factors
// small (compiling a 100,000-character pattern alone takes a second).
export const MAX_PATTERN_LENGTH = 1000;
export const MAX_PROGRAM_SIZE = 1000;

const compiled = new Map<string, RE2JS>();
const MAX_CACHED = 1000;

/** The compiled pattern; throws why for a pattern RE2 does not accept or that is too large. */
export function compileRe2(pattern: string): RE2JS {
  let regex = compiled.get(pattern);
  if (!regex) {
    if (pattern.length > MAX_PATTERN_LENGTH) throw new Error(`it is longer than ${MAX_PATTERN_LENGTH} characters`);
    regex = RE2JS.compile(pattern);
    if (regex.programSize() > MAX_PROGRAM_SIZE) {
      throw new Error(
        `it compiles to more than ${MAX_PROGRAM_SIZE} instructions; repetition counts such as {500} multiply what they repeat`,
      );
    }
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(pattern, regex);
  }
  return regex;
}

/** Why RE2 refuses a pattern ("invalid or unsupported Perl syntax: `(?=`"), or null when it compiles. */
export function re2Problem(pattern: string): string | null {
  try {
    compileRe2(pattern);
    return null;
  } catch (error) {
    return (error as Error).message.replace(/^error parsing regexp: /, "");
  }
}
