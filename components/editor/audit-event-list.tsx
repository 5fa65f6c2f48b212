import { Link } from "@/lib/i18n/navigation";
import type { AuditEntry } from "@/lib/data/audit";
import { DiffTable } from "./diff-table";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

// "<who> <verb> the <noun> <label>", e.g. "Ann recorded a status update on the pledge JNAAM".
const VERBS: Record<string, string> = {
  "meeting.create": "added",
  "meeting.update": "edited",
  "document.create": "added",
  "pledge.create": "added",
  "pledge.update": "edited",
  "pledge.import.create": "imported",
  "pledge.import.update": "updated by import",
  "status.record": "recorded a status update on",
  "status.correct": "corrected a status update on",
  "user.create": "created",
  "user.role": "changed the role of",
  "user.disable": "disabled",
  "user.enable": "enabled",
  "user.reset_password": "reset the password of",
  "user.change_password": "changed the password of",
  "user.sign_in": "signed in to",
  "user.sign_out": "signed out of",
  "user.lift_wait": "lifted the sign-in wait of",
  "dialogue.create": "added",
  "dialogue.update": "edited",
  "area.create": "added",
  "area.update": "edited",
  "area.reorder": "shifted the position of",
};

const NOUNS: Record<string, string> = {
  pledge: "pledge",
  meeting: "meeting",
  document: "source document",
  user: "account",
  dialogue: "dialogue",
  area: "area",
};

function entityHref(e: AuditEntry): string | null {
  if (e.entityType === "pledge") return `/pledges/${e.entityId}`;
  if (e.entityType === "meeting") return `/meetings/${e.entityId}`;
  if (e.entityType === "document") return `/documents/${e.entityId}`;
  if (e.entityType === "area") return `/areas/${e.entityId}`;
  if (e.entityType === "dialogue") return `/meetings?dialogue=${encodeURIComponent(e.entityId)}`;
  return null;
}

// Audit events as sentences ("Ann recorded a status update on JNAAM") with their diffs.
// `showEntity` is off on a pledge's own page; `showActor` off for readers without an account.
export function AuditEventList({
  events,
  showEntity = false,
  showActor = true,
}: {
  events: AuditEntry[];
  showEntity?: boolean;
  showActor?: boolean;
}) {
  if (events.length === 0) return <p className="muted">No changes recorded.</p>;
  return (
    <ol className="audit-list" data-testid="audit-list">
      {events.map((e) => {
        const href = entityHref(e);
        const label = e.entityLabel ?? e.entityId;
        return (
          <li key={e.id} className="panel">
            <p>
              <strong>{when(e.at)}</strong> ·{" "}
              {showActor ? (e.userName ? `${e.userName} (${e.actor})` : e.actor) : "An editor"}{" "}
              {VERBS[e.action] ?? e.action}{" "}
              {showEntity ? (
                <>
                  the {NOUNS[e.entityType] ?? e.entityType}{" "}
                  {href ? <Link href={href}>{label}</Link> : <span>{label}</span>}
                </>
              ) : (
                <>this {NOUNS[e.entityType] ?? e.entityType}</>
              )}
            </p>
            <details open={e.diff.length <= 6}>
              <summary className="small">
                {e.diff.length} field{e.diff.length === 1 ? "" : "s"} changed
              </summary>
              <DiffTable rows={e.diff} caption={`Changes at ${when(e.at)}`} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
