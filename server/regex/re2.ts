// Every regular expression a user supplies (JSON Schema `pattern` and
// `patternProperties`, CEL `matches`) runs on RE2 semantics through re2js, a
// pure-JavaScript port of RE2: matching takes time linear in the input, so no
// pattern can make a publish backtrack for seconds. Backreferences and
// lookaround have no linear-time algorithm and are refused.
import { RE2JS } from "re2js";

const compiled = new Map<string, RE2JS>();
const MAX_CACHED = 1000;

/** The compiled pattern; throws the engine's syntax error for a pattern RE2 does not accept. */
export function compileRe2(pattern: string): RE2JS {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = RE2JS.compile(pattern);
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
