// "Load more" for a list: the cursor of the last page loaded, which holds
// only as long as the list stays the same (its search, filters and order,
// together its key); a different list starts again from its first page.
import { useState } from "react";

export function usePageCursor(listKey: string) {
  const [loaded, setLoaded] = useState<{ listKey: string; cursor: string } | null>(null);
  return {
    after: loaded?.listKey === listKey ? loaded.cursor : null,
    loadMore: (cursor: string) => setLoaded({ listKey, cursor }),
    /** Back to the first page (after a create, the new row is there). */
    reset: () => setLoaded(null),
  };
}
