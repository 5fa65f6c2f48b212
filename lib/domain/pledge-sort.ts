// The orders the pledges list offers, with their labels (the URL's `sort` values).
export const PLEDGE_SORTS = {
  made: "Date made",
  title: "Title",
  status: "Status",
  area: "Area",
  updated: "Last status change",
  target: "Target date",
} as const;
export type PledgeSort = keyof typeof PLEDGE_SORTS;
export const PLEDGE_SORT_KEYS = Object.keys(PLEDGE_SORTS) as [PledgeSort, ...PledgeSort[]];

// The order the list takes without a `sort`, and each column's first direction: names A-Z,
// dates newest first.
export const DEFAULT_SORT: PledgeSort = "made";
export const defaultDirection = (sort: PledgeSort): "asc" | "desc" =>
  sort === "title" || sort === "area" ? "asc" : "desc";
