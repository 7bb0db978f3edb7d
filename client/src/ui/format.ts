// Dates as people read them: an absolute date, or how long ago.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

const steps: [limitSeconds: number, unit: Intl.RelativeTimeFormatUnit, seconds: number][] = [
  [60, "second", 1],
  [3600, "minute", 60],
  [86_400, "hour", 3600],
  [30 * 86_400, "day", 86_400],
];

/** "2 minutes ago", "yesterday", "in 2 minutes"; a month or more away, the date. */
export function formatAgo(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  // A time to come (a circuit's next probe) reads "in 2 minutes".
  const distance = Math.abs(seconds);
  if (distance < 45) return "just now";
  for (const [limit, unit, size] of steps) {
    if (distance < limit) return relative.format(Math.sign(-seconds) * Math.round(distance / size), unit);
  }
  return formatDateTime(iso);
}
