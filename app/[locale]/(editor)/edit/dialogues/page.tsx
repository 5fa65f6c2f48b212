import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Suspense } from "react";
import { requireRole } from "@/lib/auth/session";
import { listDialoguesForAdmin } from "@/lib/data/dialogues";
import { SavedNotice } from "@/components/editor/saved-notice";
import { Local } from "@/components/local-text";
import { localName, localPartner } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("dialogues.list.title") };
}

export default async function DialoguesPage() {
  await requireRole("admin", "/edit/dialogues");
  const [t, dialogues, locale] = await Promise.all([getTranslations("editor"), listDialoguesForAdmin(), getLocale()]);
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <h1>{t("dialogues.list.title")}</h1>
      <p className="lead">
        {t.rich("dialogues.list.lead", {
          link: (chunks) => <Link href="/edit/dialogues/new">{chunks}</Link>,
        })}
      </p>
      <div className="table-scroll">
        <table data-testid="dialogue-list">
          <thead>
            <tr>
              <th scope="col">{t("dialogues.list.dialogue")}</th>
              <th scope="col">{t("dialogues.list.partner")}</th>
              <th scope="col">{t("dialogues.list.meetings")}</th>
              <th scope="col">{t("dialogues.list.pledges")}</th>
              <th scope="col">{t("dialogues.list.manage")}</th>
            </tr>
          </thead>
          <tbody>
            {dialogues.map((d) => (
              <tr key={d.id} data-testid={`dialogue-${d.id}`}>
                <td>
                  <Local value={localName(locale, d)} />
                  <div className="muted small">
                    <code>{d.id}</code>
                  </div>
                </td>
                <td>
                  <Local value={localPartner(locale, d)} />
                </td>
                <td className="num">{d.meetings}</td>
                <td className="num">{d.pledges}</td>
                <td>
                  <Link
                    href={`/edit/dialogues/${d.id}`}
                    aria-label={t("dialogues.list.editLabel", { name: localName(locale, d).text })}
                  >
                    {t("dialogues.list.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
