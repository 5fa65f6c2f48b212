import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data/audit";
import { AUDIT_ENTITY_TYPES, auditParams } from "@/lib/validation/audit";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { listAuditActors } from "@/lib/data/users";
import { AuditEventList } from "@/components/editor/audit-event-list";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireRole("editor", "/edit/audit");
  const { data, problems } = parseSearchParams(auditParams, await searchParams);
  const { page, ...filters } = data;
  const [result, actors] = await Promise.all([listAuditEvents(filters, page), listAuditActors()]);
  const link = (p: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), page: String(p) })}`;
  return (
    <>
      <h1>Audit trail</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        Every change: who made it, when, and the record before and after. Nothing here can be edited or deleted.
      </p>
      <form method="get" className="filters panel" aria-label="Filter the audit trail">
        <label>
          User
          <select name="user" defaultValue={filters.user ?? ""}>
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <label>
          Entity
          <select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">Any</option>
            {AUDIT_ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Entity id
          <input type="text" name="entityId" defaultValue={filters.entityId ?? ""} />
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <button type="submit">Filter</button>
        <Link href="/edit/audit" className="small">
          Clear
        </Link>
      </form>
      <p className="muted small" data-testid="audit-total">
        {result.total} change{result.total === 1 ? "" : "s"}
        {result.pages > 1 && `, page ${result.page} of ${result.pages}`}
      </p>
      <AuditEventList events={result.events} showEntity />
      {result.pages > 1 && (
        <nav className="pagination" aria-label="Pages">
          {result.page > 1 && <Link href={link(result.page - 1)}>← Newer</Link>}
          {result.page < result.pages && <Link href={link(result.page + 1)}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
