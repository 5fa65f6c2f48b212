import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { AuditEntry } from "@/lib/data/audit";
import { DiffTable } from "./diff-table";

const INTL: Record<Locale, string> = { en: "en-GB", ja: "ja-JP" };

const stamp = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleString(INTL[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// Each known action has its verb in the catalogue under events.verb.<action> (the action's dots
// are the catalogue's nesting); an action added later shows as its raw name until it gets one.
const ACTIONS = [
  "meeting.create",
  "meeting.update",
  "document.create",
  "pledge.create",
  "pledge.update",
  "pledge.import.create",
  "pledge.import.update",
  "status.record",
  "status.correct",
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.reset_password",
  "user.change_password",
  "user.sign_in",
  "user.sign_out",
  "user.lift_wait",
  "dialogue.create",
  "dialogue.update",
  "area.create",
  "area.update",
  "area.reorder",
] as const;
type KnownAction = (typeof ACTIONS)[number];
const isKnownAction = (action: string): action is KnownAction => (ACTIONS as readonly string[]).includes(action);

const ENTITIES = ["pledge", "meeting", "document", "user", "dialogue", "area"] as const;
type KnownEntity = (typeof ENTITIES)[number];
const isKnownEntity = (type: string): type is KnownEntity => (ENTITIES as readonly string[]).includes(type);

function entityHref(e: AuditEntry): string | null {
  if (e.entityType === "pledge") return `/pledges/${e.entityId}`;
  if (e.entityType === "meeting") return `/meetings/${e.entityId}`;
  if (e.entityType === "document") return `/documents/${e.entityId}`;
  if (e.entityType === "area") return `/areas/${e.entityId}`;
  if (e.entityType === "dialogue") return `/meetings?dialogue=${encodeURIComponent(e.entityId)}`;
  return null;
}

// Audit events as sentences ("Ann recorded a status update on the pledge JNAAM") with their
// diffs. `showEntity` is off on a pledge's own page; `showActor` off for readers without an account.
export async function AuditEventList({
  events,
  showEntity = false,
  showActor = true,
}: {
  events: AuditEntry[];
  showEntity?: boolean;
  showActor?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  if (events.length === 0) return <p className="muted">{t("events.none")}</p>;
  const when = (iso: string) => t("events.when", { time: stamp(iso, locale) });
  return (
    <ol className="audit-list" data-testid="audit-list">
      {events.map((e) => {
        const href = entityHref(e);
        const label = e.entityLabel ?? e.entityId;
        const who = showActor
          ? e.userName
            ? t("events.actor", { name: e.userName, actor: e.actor })
            : e.actor
          : t("events.anEditor");
        const verb = isKnownAction(e.action) ? t(`events.verb.${e.action}`) : e.action;
        const noun = isKnownEntity(e.entityType) ? t(`events.noun.${e.entityType}`) : e.entityType;
        return (
          <li key={e.id} className="panel">
            <p>
              <strong>{when(e.at)}</strong> ·{" "}
              {showEntity
                ? t.rich("events.sentence", {
                    who,
                    verb,
                    noun,
                    label,
                    entity: (chunks) => (href ? <Link href={href}>{chunks}</Link> : <span>{chunks}</span>),
                  })
                : t("events.sentenceHere", { who, verb, noun })}
            </p>
            <details open={e.diff.length <= 6}>
              <summary className="small">{t("events.fieldsChanged", { count: e.diff.length })}</summary>
              <DiffTable rows={e.diff} caption={t("events.changesAt", { time: when(e.at) })} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
