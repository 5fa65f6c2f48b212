import { ZParamChoice, ZParamDay, ZParamId, ZParamPage } from "./search-params";

// /briefing and its Markdown and PDF downloads: which dialogue, as of which day (a meeting's
// or today: lib/briefing/data.ts resolveBriefingParams), which area, and which form (the
// summary, or a page of the full listing).
export const briefingParams = {
  dialogue: ZParamId,
  date: ZParamDay,
  area: ZParamId,
  form: ZParamChoice(["summary", "full"], "Use summary or full"),
  page: ZParamPage,
};
