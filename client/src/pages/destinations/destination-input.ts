// The destination form's values, and the create/update inputs built from them.
import type { CreateDestinationInput, DestinationDetailsFragment, UpdateDestinationInput } from "../../gql/graphql.ts";
import { existingCodeField, newCodeField, type CodeField } from "./code-from-name.ts";

export interface HeaderRow {
  /** Stable React key for the row. */
  key: number;
  name: string;
  value: string;
}

export interface DestinationFormValues {
  name: string;
  code: CodeField;
  url: string;
  description: string;
  /** "" for none. */
  credentialId: string;
  headers: HeaderRow[];
  /** Seconds, as typed; empty for the default. */
  timeoutSeconds: string;
  /** Requests a second, as typed; empty for no limit. */
  rateLimit: string;
}

export const emptyDestinationForm: DestinationFormValues = {
  name: "",
  code: newCodeField,
  url: "",
  description: "",
  credentialId: "",
  headers: [],
  timeoutSeconds: "",
  rateLimit: "",
};

export function formFromDestination(d: DestinationDetailsFragment): DestinationFormValues {
  return {
    name: d.name,
    code: existingCodeField(d.code),
    url: d.url,
    description: d.description,
    credentialId: d.credential?.id ?? "",
    headers: d.headers.map((h, key) => ({ key, name: h.name, value: h.value })),
    timeoutSeconds: String(d.timeoutMs / 1000),
    rateLimit: d.rateLimitPerSecond == null ? "" : String(d.rateLimitPerSecond),
  };
}

/** A number field (type="number", so the browser keeps it numeric): empty is "not given". */
function numberOrNull(text: string, scale = 1): number | null {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed && Number.isFinite(n) ? Math.round(n * scale) : null;
}

function common(values: DestinationFormValues) {
  return {
    name: values.name,
    url: values.url.trim(),
    description: values.description,
    // Rows left entirely blank are dropped; half-filled ones go, so the API can say what is missing.
    headers: values.headers.filter((h) => h.name.trim() || h.value.trim()).map(({ name, value }) => ({ name: name.trim(), value })),
  };
}

export function createInput(values: DestinationFormValues): CreateDestinationInput {
  const timeoutMs = numberOrNull(values.timeoutSeconds, 1000);
  const rateLimitPerSecond = numberOrNull(values.rateLimit);
  return {
    ...common(values),
    // Empty: the API derives it from the name.
    ...(values.code.code.trim() && { code: values.code.code.trim() }),
    ...(values.credentialId && { credentialId: values.credentialId }),
    ...(timeoutMs !== null && { timeoutMs }),
    ...(rateLimitPerSecond !== null && { rateLimitPerSecond }),
  };
}

export function updateInput(id: string, values: DestinationFormValues): UpdateDestinationInput {
  const timeoutMs = numberOrNull(values.timeoutSeconds, 1000);
  return {
    id,
    ...common(values),
    code: values.code.code.trim(),
    // Null removes the credential and the rate limit.
    credentialId: values.credentialId || null,
    rateLimitPerSecond: numberOrNull(values.rateLimit),
    ...(timeoutMs !== null && { timeoutMs }),
  };
}
