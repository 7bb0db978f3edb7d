// A column heading that sorts the list: click to sort by it, again to reverse.
import type { SortDirection } from "../gql/graphql.ts";
import { nextSort, type Sort } from "./sort.ts";

export type { Sort } from "./sort.ts";

export interface SortHeaderProps<F extends string> {
  label: string;
  field: F;
  sort: Sort<F>;
  onSort(sort: Sort<F>): void;
  /** The direction a first click sorts in: dates newest first, say. */
  natural?: SortDirection;
}

export function SortHeader<F extends string>({ label, field, sort, onSort, natural = "ASC" }: SortHeaderProps<F>) {
  const active = sort.field === field;
  const ariaSort = active ? (sort.direction === "ASC" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, field, natural))}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort.direction === "ASC" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
