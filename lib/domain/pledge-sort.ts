// The orders the pledges list offers (the URL's `sort` values); their labels are in the
// pledges catalogue.
export const PLEDGE_SORT_KEYS = ["made", "title", "status", "area", "updated", "target"] as const;
export type PledgeSort = (typeof PLEDGE_SORT_KEYS)[number];

// The order the list takes without a `sort`, and each column's first direction: names A-Z,
// dates newest first.
export const DEFAULT_SORT: PledgeSort = "made";
export const defaultDirection = (sort: PledgeSort): "asc" | "desc" =>
  sort === "title" || sort === "area" ? "asc" : "desc";
