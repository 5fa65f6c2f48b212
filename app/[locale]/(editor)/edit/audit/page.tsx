import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data/audit";
import { AUDIT_ENTITY_TYPES, auditParams } from "@/lib/validation/audit";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { listAuditActors } from "@/lib/data/users";
import { AuditEventList } from "@/components/editor/audit-event-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("audit.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireRole("editor", "/edit/audit");
  const t = await getTranslations("editor");
  const { data, problems } = parseSearchParams(auditParams, await searchParams);
  const { page, ...filters } = data;
  const [result, actors] = await Promise.all([listAuditEvents(filters, page), listAuditActors()]);
  const link = (p: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), page: String(p) })}`;
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">{t("audit.lead")}</p>
      <form method="get" className="filters panel" aria-label={t("audit.filters")}>
        <label>
          {t("audit.user")}
          <select name="user" defaultValue={filters.user ?? ""}>
            <option value="">{t("audit.anyone")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {t("audit.actor", { name: a.name, email: a.email })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("audit.entity")}
          <select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entityType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("audit.entityId")}
          <input type="text" name="entityId" defaultValue={filters.entityId ?? ""} />
        </label>
        <label>
          {t("audit.from")}
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label>
          {t("audit.to")}
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <button type="submit">{t("audit.filter")}</button>
        <Link href="/edit/audit" className="small">
          {t("audit.clear")}
        </Link>
      </form>
      <p className="muted small" data-testid="audit-total">
        {t("audit.total", { count: result.total })}
        {result.pages > 1 && t("audit.page", { page: result.page, pages: result.pages })}
      </p>
      <AuditEventList events={result.events} showEntity />
      {result.pages > 1 && (
        <nav className="pagination" aria-label={t("audit.pages")}>
          {result.page > 1 && <Link href={link(result.page - 1)}>{t("audit.newer")}</Link>}
          {result.page < result.pages && <Link href={link(result.page + 1)}>{t("audit.older")}</Link>}
        </nav>
      )}
    </>
  );
}
