// Which form of the briefing: the summary (figures, and per area the pledges that need
// attention first, with counts of the rest and links to them), a few pages at any size; or
// one page of the full listing of every pledge. Apart from document.ts, so the data layer
// (which the command-line scripts load outside Next) does not load the catalogues' translator.
export type BriefingForm = { form: "summary"; perArea: number } | { form: "full"; page: number; perPage: number };

export const SUMMARY_PER_AREA = 8;
export const LISTING_PER_PAGE = 200;
