// The foot of every list: how many rows are shown out of how many, and
// "Load more" while the connection has another page.
export function ListFooter({
  shown,
  total,
  noun,
  pageInfo,
  fetching,
  onMore,
}: {
  shown: number;
  total: number;
  /** Singular and plural: ["webhook", "webhooks"]. */
  noun: [string, string];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  fetching: boolean;
  onMore: (cursor: string) => void;
}) {
  const cursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <footer className="list-footer">
      <p role="status">
        Showing {shown} of {total} {total === 1 ? noun[0] : noun[1]}
      </p>
      {cursor && (
        <button type="button" className="button" disabled={fetching} onClick={() => onMore(cursor)}>
          {fetching ? "Loading…" : "Load more"}
        </button>
      )}
    </footer>
  );
}
