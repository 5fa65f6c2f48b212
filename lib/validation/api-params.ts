import { pledgeFilterParams, ZParamPerPage } from "./pledge-filters";
import { ZParamId, ZParamPage } from "./search-params";

// The read-only API's query parameters (/api/v1/...): the pages' shapes plus paging.
const paging = { page: ZParamPage, per_page: ZParamPerPage };

export const pledgeApiParams = { ...pledgeFilterParams, ...paging };
export const meetingApiParams = { dialogue: ZParamId, ...paging };
export const areaApiParams = { dialogue: ZParamId, ...paging };
