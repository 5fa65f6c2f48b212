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
