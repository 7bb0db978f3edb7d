// Bodies and payloads for reading: JSON indented, anything else as it came.

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? "";
}

/** A request or response body: indented when it is JSON, unchanged when not. */
export function prettyBody(body: string): string {
  try {
    return prettyJson(JSON.parse(body));
  } catch {
    return body;
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

/** A JSON text field: empty is "not given", anything else must parse. */
export function parseJsonField(text: string, label: string): ParsedJson | null {
  if (!text.trim()) return null;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: `${label} is not valid JSON.` };
  }
}
