// A destination's code is filled in from the name as it is typed, and stays
// editable. Once someone edits the code it stops following the name; clearing
// it makes it follow again. The rule matches the API's own default
// (server/destinations/destination-code.ts; a test keeps the two in step).

export function codeFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 64)
    .replace(/_+$/, "");
}

export interface CodeField {
  code: string;
  /** True once the code was typed by hand: the name no longer changes it. */
  edited: boolean;
}

/** A new destination's code: following its (empty) name. */
export const newCodeField: CodeField = { code: "", edited: false };

/** An existing destination's code is a stable handle: renaming it leaves the code alone. */
export function existingCodeField(code: string): CodeField {
  return { code, edited: true };
}

export function afterNameChange(field: CodeField, name: string): CodeField {
  return field.edited ? field : { code: codeFromName(name), edited: false };
}

export function afterCodeChange(code: string, name: string): CodeField {
  return { code, edited: code !== "" && code !== codeFromName(name) };
}
