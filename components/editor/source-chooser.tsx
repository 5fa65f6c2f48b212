import { getLocale, getTranslations } from "next-intl/server";
import type { SourceChoice } from "@/lib/data/documents";
import { formatDay } from "@/lib/domain/dates";

// Chooses where a status was reported: at a meeting (cite its statement) or on a date
// (cite any stored document). A plain GET form: the page reloads with that source's paragraphs.
export async function SourceChooser({
  value,
  meetings,
  documents,
}: {
  value: SourceChoice | null;
  meetings: { id: string; title: string; date: string; documents: number }[];
  documents: { id: string; title: string; publishedOn: string | null }[];
}) {
  const t = await getTranslations("review.sourceChooser");
  const locale = await getLocale();
  const current = value ? `${value.kind}:${value.id}` : "";
  return (
    <form method="get" className="filters source-chooser">
      <label>
        {t("reportedAt")}
        <select name="source" defaultValue={current}>
          <option value="">{t("choose")}</option>
          <optgroup label={t("meetings")}>
            {meetings.map((m) => (
              <option key={m.id} value={`meeting:${m.id}`} disabled={m.documents === 0}>
                {t(m.documents === 0 ? "meetingOptionEmpty" : "meetingOption", {
                  title: m.title,
                  date: formatDay(m.date, locale),
                })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("documents")}>
            {documents.map((d) => (
              <option key={d.id} value={`document:${d.id}`}>
                {d.publishedOn
                  ? t("documentOption", { title: d.title, date: formatDay(d.publishedOn, locale) })
                  : d.title}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <button type="submit" className="secondary">
        {t("show")}
      </button>
    </form>
  );
}
