// A list's order: a column and a direction, and what a click on a column does to it.
import type { SortDirection } from "../gql/graphql.ts";

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

/** The order after clicking a column: that column in its natural direction, or the current one reversed. */
export function nextSort<F extends string>(current: Sort<F>, field: F, natural: SortDirection = "ASC"): Sort<F> {
  if (current.field !== field) return { field, direction: natural };
  return { field, direction: current.direction === "ASC" ? "DESC" : "ASC" };
}
