// Building blocks for credential fields: every message names the field in
// words a person understands, because it is shown next to the input.
import { z } from "zod";
import { headerNameProblem, headerValueProblem } from "./header-names.ts";

// Values end up in HTTP headers or query strings, where CR/LF would let a
// value inject headers and other control characters are refused by clients.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const MAX_LENGTH = 4096;

interface TextOptions {
  /** Trim surrounding whitespace (pasted secrets often carry a newline). */
  trim?: boolean;
  min?: number;
  max?: number;
}

export function text(label: string, { trim = true, min = 1, max = MAX_LENGTH }: TextOptions = {}) {
  const base = z.string({
    error: (issue) => (issue.input === undefined || issue.input === null ? `${label} is required` : `${label} must be text`),
  });
  return (trim ? base.trim() : base)
    .min(min, min === 1 ? `${label} must not be empty` : `${label} must be at least ${min} characters`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} must not contain line breaks or other control characters`)
    .meta({ title: label });
}

export function headerName(label: string) {
  return text(label, { max: 256 }).superRefine((value, ctx) => {
    const problem = headerNameProblem(value, label);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Text sent as a header's value: an HTTP client sends visible ASCII only. */
export function headerValue(label: string) {
  return text(label).superRefine((value, ctx) => {
    const problem = headerValueProblem(value, label);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .enum(values, {
      error: (issue) =>
        issue.input === undefined || issue.input === null ? `${label} is required` : `${label} must be one of ${values.join(", ")}`,
    })
    .meta({ title: label });
}
