// <input type="datetime-local"> speaks local wall-clock time without a zone;
// the API speaks ISO 8601 instants in UTC.

const pad = (n: number) => String(n).padStart(2, "0");

/** "2024-05-01T13:45" for an instant, in this browser's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a datetime-local value names, as ISO 8601; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
