import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { CSV_COLUMNS } from "@/lib/import-export/csv";
import { ImportForm } from "@/components/editor/import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

export default async function ImportPage() {
  await requireRole("editor", "/edit/import");
  const t = await getTranslations("import");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t.rich("lead", {
          link: (chunks) => <Link href="/pledges">{chunks}</Link>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <ImportForm />
      <details className="panel">
        <summary>{t("columns.summary")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("columns.column")}</th>
              <th scope="col">{t("columns.editable")}</th>
              <th scope="col">{t("columns.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr key={c.key}>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{c.editable ? t("columns.yes") : t("columns.no")}</td>
                <td>{t(`columns.help.${c.key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
