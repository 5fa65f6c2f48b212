// The catalogues, one file per part of the app and language (messages/<locale>/<part>.json), so
// work on one part never touches another's file. tests/unit/messages.test.ts holds both
// languages to the same keys.
import type { Locale } from "./routing";
import en_common from "@/messages/en/common.json";
import en_nav from "@/messages/en/nav.json";
import en_dashboard from "@/messages/en/dashboard.json";
import en_pledges from "@/messages/en/pledges.json";
import en_meetings from "@/messages/en/meetings.json";
import en_areas from "@/messages/en/areas.json";
import en_matrix from "@/messages/en/matrix.json";
import en_charts from "@/messages/en/charts.json";
import en_briefing from "@/messages/en/briefing.json";
import en_documents from "@/messages/en/documents.json";
import en_filters from "@/messages/en/filters.json";
import en_status from "@/messages/en/status.json";
import en_editor from "@/messages/en/editor.json";
import en_review from "@/messages/en/review.json";
import en_intake from "@/messages/en/intake.json";
import en_import from "@/messages/en/import.json";
import en_account from "@/messages/en/account.json";
import en_auth from "@/messages/en/auth.json";
import en_errors from "@/messages/en/errors.json";
import en_api from "@/messages/en/api.json";
import en_data from "@/messages/en/data.json";
import ja_common from "@/messages/ja/common.json";
import ja_nav from "@/messages/ja/nav.json";
import ja_dashboard from "@/messages/ja/dashboard.json";
import ja_pledges from "@/messages/ja/pledges.json";
import ja_meetings from "@/messages/ja/meetings.json";
import ja_areas from "@/messages/ja/areas.json";
import ja_matrix from "@/messages/ja/matrix.json";
import ja_charts from "@/messages/ja/charts.json";
import ja_briefing from "@/messages/ja/briefing.json";
import ja_documents from "@/messages/ja/documents.json";
import ja_filters from "@/messages/ja/filters.json";
import ja_status from "@/messages/ja/status.json";
import ja_editor from "@/messages/ja/editor.json";
import ja_review from "@/messages/ja/review.json";
import ja_intake from "@/messages/ja/intake.json";
import ja_import from "@/messages/ja/import.json";
import ja_account from "@/messages/ja/account.json";
import ja_auth from "@/messages/ja/auth.json";
import ja_errors from "@/messages/ja/errors.json";
import ja_api from "@/messages/ja/api.json";
import ja_data from "@/messages/ja/data.json";

const en = {
  common: en_common,
  nav: en_nav,
  dashboard: en_dashboard,
  pledges: en_pledges,
  meetings: en_meetings,
  areas: en_areas,
  matrix: en_matrix,
  charts: en_charts,
  briefing: en_briefing,
  documents: en_documents,
  filters: en_filters,
  status: en_status,
  editor: en_editor,
  review: en_review,
  intake: en_intake,
  import: en_import,
  account: en_account,
  auth: en_auth,
  errors: en_errors,
  api: en_api,
  data: en_data,
};
const ja = {
  common: ja_common,
  nav: ja_nav,
  dashboard: ja_dashboard,
  pledges: ja_pledges,
  meetings: ja_meetings,
  areas: ja_areas,
  matrix: ja_matrix,
  charts: ja_charts,
  briefing: ja_briefing,
  documents: ja_documents,
  filters: ja_filters,
  status: ja_status,
  editor: ja_editor,
  review: ja_review,
  intake: ja_intake,
  import: ja_import,
  account: ja_account,
  auth: ja_auth,
  errors: ja_errors,
  api: ja_api,
  data: ja_data,
};

export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en, ja: ja as Messages };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export const catalogues = { en, ja } as const;
