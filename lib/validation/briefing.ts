import { ZParamDay, ZParamId } from "./search-params";

// /briefing and its Markdown and PDF downloads: which dialogue, as of which day, which area.
export const briefingParams = { dialogue: ZParamId, date: ZParamDay, area: ZParamId };
