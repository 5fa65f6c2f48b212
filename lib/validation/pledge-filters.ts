import { z } from "zod";
import { PLEDGE_SORT_KEYS } from "@/lib/domain/pledge-sort";
import { ZSide, ZStatus } from "./common";
import {
  ZParamDay,
  ZParamFlag,
  ZParamId,
  ZParamPage,
  ZParamSearch,
  ZParamChoice,
  type ParamValues,
} from "./search-params";

// The pledge filters, as every route that lists, counts, charts or exports pledges reads them
// from its URL (pages, CSV/JSON downloads, /api/v1/pledges): one shape, extended per route.
export const pledgeFilterParams = {
  dialogue: ZParamId,
  meeting: ZParamId,
  area: ZParamId,
  status: ZStatus.optional(),
  side: ZSide.optional(),
  tag: ZParamId,
  q: ZParamSearch,
  // A report after the target date found it open / the target passed with no later report.
  overdue: ZParamFlag,
  unconfirmed: ZParamFlag,
  // Pledges past target, unconfirmed, that fall in a gap of the collection (a meeting expected
  // to report on them is not collected): leave them out, or show only them.
  gap: ZParamChoice(["exclude", "only"], "Use exclude or only"),
  // Meeting date range (YYYY-MM-DD, inclusive): pledges made at meetings in it, and the
  // meetings a per-meeting chart shows.
  from: ZParamDay,
  to: ZParamDay,
  // As of a meeting (id): only the pledges made by then, and `status` is their status as of
  // it (the "status at each meeting" chart opens its segments' pledges this way).
  asof: ZParamId,
};

export type PledgeFilters = Partial<ParamValues<typeof pledgeFilterParams>>;

// /pledges: the filters, its order and page.
export const pledgeListParams = {
  ...pledgeFilterParams,
  sort: ZParamChoice(PLEDGE_SORT_KEYS, "Sort by one of the listed columns"),
  dir: ZParamChoice(["asc", "desc"], "Use asc or desc"),
  page: ZParamPage,
};

// /matrix: the filters and its page.
export const matrixParams = { ...pledgeFilterParams, page: ZParamPage };

// /charts: the filters the charts honour (status is what they show, not a filter) and the
// heat map's page.
export const chartParams = {
  dialogue: ZParamId,
  area: ZParamId,
  side: ZSide.optional(),
  from: ZParamDay,
  to: ZParamDay,
  heatmap: ZParamPage,
};

// Pages that only narrow to a dialogue (dashboard, meetings, areas), and an area's page.
export const dialogueParams = { dialogue: ZParamId };
// The dashboard: a dialogue, and whether to leave out the pledges in a gap of the collection.
export const dashboardParams = { dialogue: ZParamId, gap: pledgeFilterParams.gap };
export const areaPageParams = { dialogue: ZParamId, page: ZParamPage };

// The API's page size.
export const ZParamPerPage = z
  .string()
  .regex(/^[1-9]\d{0,2}$/, "Use a whole number from 1 to 100")
  .transform(Number)
  .pipe(z.number().max(100, "Use a whole number from 1 to 100"))
  .optional()
  .transform((v) => v ?? 25);
