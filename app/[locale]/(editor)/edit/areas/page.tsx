import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Suspense } from "react";
import { requireRole } from "@/lib/auth/session";
import { listAreasForAdmin } from "@/lib/data/areas";
import { SavedNotice } from "@/components/editor/saved-notice";
import { Local } from "@/components/local-text";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("areas.list.title") };
}

export default async function AreasPage() {
  await requireRole("admin", "/edit/areas");
  const [t, areas, locale] = await Promise.all([getTranslations("editor"), listAreasForAdmin(), getLocale()]);
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <h1>{t("areas.list.title")}</h1>
      <p className="lead">
        {t.rich("areas.list.lead", { link: (chunks) => <Link href="/edit/areas/new">{chunks}</Link> })}
      </p>
      <div className="table-scroll">
        <table data-testid="area-list">
          <thead>
            <tr>
              <th scope="col">{t("areas.list.position")}</th>
              <th scope="col">{t("areas.list.area")}</th>
              <th scope="col">{t("areas.list.pledges")}</th>
              <th scope="col">{t("areas.list.manage")}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id} data-testid={`area-${a.id}`}>
                <td className="num">{a.position}</td>
                <td>
                  <Local value={localName(locale, a)} />
                  <div className="muted small">
                    <code>{a.id}</code>
                    {/* Descriptions are recorded in English. */}
                    {a.description && (
                      <>
                        {" · "}
                        <span lang="en">{a.description}</span>
                      </>
                    )}
                  </div>
                </td>
                <td className="num">{a.pledges}</td>
                <td>
                  <Link
                    href={`/edit/areas/${a.id}`}
                    aria-label={t("areas.list.editLabel", { name: localName(locale, a).text })}
                  >
                    {t("areas.list.edit")}
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
