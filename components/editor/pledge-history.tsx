import { getTranslations } from "next-intl/server";
import { pledgeHistory } from "@/lib/data/audit";
import { currentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { AuditEventList } from "./audit-event-list";

// A pledge's own change history from the audit trail. Everyone sees what changed and
// when; only editors and admins see who changed it.
export async function PledgeHistory({ pledgeId }: { pledgeId: string }) {
  const [events, user, t] = await Promise.all([
    pledgeHistory(pledgeId),
    currentUser(),
    getTranslations("editor.history"),
  ]);
  return (
    <section className="panel" aria-labelledby="change-history" data-testid="change-history">
      <h2 id="change-history">{t("title")}</h2>
      {events.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <AuditEventList events={events} showActor={!!user && hasRole(user.role, "editor")} />
      )}
    </section>
  );
}
