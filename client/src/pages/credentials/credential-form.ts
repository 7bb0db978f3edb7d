// The credential form is built from the API's catalogue (`credentialTypes`):
// each type lists its fields, which are secret, required, generated, or a
// choice. This module turns that into controls, first values and the
// `fields` object createCredential takes.
import type { CredentialDirection, CredentialType } from "../../gql/graphql.ts";

export interface CredentialFieldInfo {
  name: string;
  label: string;
  secret: boolean;
  required: boolean;
  generated: boolean;
  options?: readonly string[] | null;
  defaultValue?: string | null;
}

export interface CredentialTypeInfo {
  type: CredentialType;
  label: string;
  direction: CredentialDirection;
  fields: readonly CredentialFieldInfo[];
}

export type FieldControl =
  | { kind: "select"; options: readonly string[]; /** An empty first choice, for optional fields. */ allowEmpty: boolean }
  | { kind: "secret" }
  | { kind: "text" };

export function fieldControl(field: CredentialFieldInfo): FieldControl {
  if (field.options?.length) return { kind: "select", options: field.options, allowEmpty: !field.required && !field.defaultValue };
  return field.secret ? { kind: "secret" } : { kind: "text" };
}

/** What the form says under a field: how it is kept, and what happens when it is left empty. */
export function fieldHint(field: CredentialFieldInfo): string | undefined {
  const parts: string[] = [];
  if (field.generated) parts.push("Leave it empty and Switchyard generates one, shown once.");
  else if (!field.required) parts.push("Optional.");
  if (field.secret) parts.push("Write-only: it cannot be viewed after creation.");
  return parts.length ? parts.join(" ") : undefined;
}

/** The form's first values: each field's default, the first choice of a required select, or empty. */
export function initialValues(info: CredentialTypeInfo): Record<string, string> {
  return Object.fromEntries(
    info.fields.map((field) => {
      const control = fieldControl(field);
      const first = control.kind === "select" && !control.allowEmpty ? control.options[0] : "";
      return [field.name, field.defaultValue ?? first ?? ""];
    }),
  );
}

/**
 * createCredential's `fields`: every field of the type with a value. Empty
 * optional or generated fields are left out (so Switchyard uses its default or
 * generates the value); an empty required one is sent, so the API's message
 * lands next to it. Values are sent as typed: secrets may mean their spaces.
 */
export function fieldsInput(info: CredentialTypeInfo, values: Readonly<Record<string, string>>): Record<string, string> {
  const input: Record<string, string> = {};
  for (const field of info.fields) {
    const value = values[field.name] ?? "";
    if (value === "" && (!field.required || field.generated)) continue;
    input[field.name] = value;
  }
  return input;
}

/** Types for the picker: outgoing first (what destinations use), then incoming, each in catalogue order. */
export function typeGroups(
  types: readonly CredentialTypeInfo[],
): { direction: CredentialDirection; label: string; types: CredentialTypeInfo[] }[] {
  const groups = [
    { direction: "OUTGOING" as const, label: "Calling out (destinations)", types: [] as CredentialTypeInfo[] },
    { direction: "INCOMING" as const, label: "Verifying incoming webhooks", types: [] as CredentialTypeInfo[] },
  ];
  for (const info of types) groups.find((g) => g.direction === info.direction)?.types.push(info);
  return groups.filter((g) => g.types.length > 0);
}

/** The issue path of one of the type's fields. */
export function fieldPath(name: string): string[] {
  return ["input", "fields", name];
}

// What a choice's value means, in words; a value without one is shown as it is.
const optionWords: Record<string, string> = {
  HEADER: "In a header",
  QUERY: "In the query string",
  BODY: "Sign the body",
  TIMESTAMPED: "Sign a timestamp and the body",
};

/** "In a header" for HEADER: how a field's choice reads in the form. */
export function optionLabel(option: string): string {
  return optionWords[option] ?? option;
}
