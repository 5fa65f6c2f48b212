import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { listMeetingChoices } from "@/lib/data/meetings";
import { formatDay } from "@/lib/domain/dates";
import { localName, localTitle } from "@/lib/i18n/names";
import { Local } from "@/components/local-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.choose");
  return { title: t("title") };
}

export default async function ChooseReviewPage() {
  await requireRole("editor", "/edit/review");
  const meetings = await listMeetingChoices();
  const t = await getTranslations("review.choose");
  const locale = await getLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {meetings.length === 0 ? (
        <p className="empty panel">
          {t.rich("empty", { link: (chunks) => <Link href="/edit/meetings/new">{chunks}</Link> })}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("meeting")}</th>
              <th scope="col">{t("dialogue")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("source")}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link href={`/edit/meetings/${m.id}/review`}>
                    <Local value={localTitle(locale, m)} />
                  </Link>
                </td>
                <td>
                  <Local value={localName(locale, m.dialogue)} />
                </td>
                <td>{formatDay(m.date, locale)}</td>
                <td>
                  {m.documents ? (
                    t("documents", { count: m.documents })
                  ) : (
                    <Link href={`/edit/meetings/${m.id}/document`}>{t("addDocument")}</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
