import { formatAgo, formatDateTime } from "./format.ts";

/** A date shown as "how long ago", with the exact time on hover and for machines. */
export function TimeAgo({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatAgo(iso)}
    </time>
  );
}
