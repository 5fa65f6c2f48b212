import "server-only";
import { db } from "@/lib/data/read-db";
import { areaRef } from "@/lib/data/selects";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, isoDayOrNull } from "@/lib/domain/dates";
import { STATUSES, isOpen, type Side, type Status } from "@/lib/domain/status";
// Types only: the document module loads the catalogues' translator, which the command-line
// scripts (tsx with the react-server condition) cannot load.
import type { BriefingChange, BriefingData, BriefingPledge, Evidence } from "@/lib/briefing/document";
import { LISTING_PER_PAGE, SUMMARY_PER_AREA, type BriefingForm } from "@/lib/briefing/forms";
import { deadlineStanding } from "@/lib/domain/status-history";
import { evidenceUpTo } from "@/lib/data/progress";
import { STALE_AFTER_MEETINGS, silenceTableSql } from "@/lib/data/silence";
import { successorsSql } from "@/lib/data/lineage";
import { inCollectionGapSql } from "@/lib/data/collection-gaps";
import { latestUpdateSql, statusFromSql } from "@/lib/data/status-as-of";

type EvidenceRow = {
  ev_quote: string | null;
  ev_label: string | null;
  ev_doc_id: string | null;
  ev_doc_title: string | null;
  ev_date: Date | null;
  ev_meeting: string | null;
  ev_meeting_ja: string | null;
  ev_doc_lang: string | null;
};

// A Japanese name column: absent rather than null, so English stands in for it.
const ja = (name: string | null | undefined): { nameJa?: string } => (name ? { nameJa: name } : {});
const jaTitle = (title: string | null | undefined): { titleJa?: string } => (title ? { titleJa: title } : {});

const evidence = (r: EvidenceRow): Evidence | null =>
  r.ev_quote
    ? {
        quote: r.ev_quote,
        paragraph: r.ev_label,
        documentId: r.ev_doc_id,
        documentTitle: r.ev_doc_title,
        date: isoDayOrNull(r.ev_date),
        meeting: r.ev_meeting,
        ...(r.ev_meeting_ja ? { meetingJa: r.ev_meeting_ja } : {}),
        ...(r.ev_doc_lang ? { documentLanguage: r.ev_doc_lang } : {}),
      }
    : null;

// Everything the briefing for the next meeting of a dialogue says, as of a day: one query for
// the pledges (status, last evidence and silence resolved in SQL) and one for the changes.
export async function getBriefingData(input: {
  dialogueId: string;
  asOf: string;
  areaId?: string;
}): Promise<BriefingData | null> {
  const { dialogueId, asOf, areaId } = input;
  const dialogueRow = await db.dialogue.findUnique({
    where: { id: dialogueId },
    select: { id: true, name: true, nameJa: true, partnerCountry: true, partnerCountryJa: true },
  });
  if (!dialogueRow) return null;
  const { nameJa, partnerCountryJa, ...dialogue } = dialogueRow;
  const areaRow = areaId ? await db.area.findUnique({ where: { id: areaId }, select: areaRef }) : null;
  const area = areaRow && { id: areaRow.id, name: areaRow.name, ...ja(areaRow.nameJa) };
  const areaSql = area ? Prisma.sql`AND p.area_id = ${area.id}` : Prisma.empty;
  const [lastMeeting] = await db.$queryRaw<{ id: string; title: string; title_ja: string | null; date: Date }[]>`
    SELECT id, title, title_ja, date FROM meetings WHERE dialogue_id = ${dialogueId} AND date <= ${asOf}::date ORDER BY date DESC, id DESC LIMIT 1`;

  const pledgeRows = await db.$queryRaw<
    ({
      id: string;
      title: string;
      title_ja: string | null;
      side: Side;
      area_id: string;
      area_name: string;
      area_name_ja: string | null;
      status: Status;
      since: Date;
      made_on: Date;
      made_at: string;
      made_at_ja: string | null;
      target_date: Date | null;
      silent: number;
      succ_id: string | null;
      succ_title: string | null;
      succ_title_ja: string | null;
      in_gap: boolean;
    } & EvidenceRow)[]
  >`
    WITH silence AS (${silenceTableSql(Prisma.sql`p.dialogue_id = ${dialogueId} AND pm.date <= ${asOf}::date ${areaSql}`, asOf)})
    SELECT p.id, p.title, p.title_ja, p.side, a.id AS area_id, a.name AS area_name, a.name_ja AS area_name_ja,
           ${statusFromSql("lu")} AS status,
           COALESCE(lu.reported_on, pm.date) AS since,
           pm.date AS made_on, pm.title AS made_at, pm.title_ja AS made_at_ja, p.target_date,
           s.silent, succ.id AS succ_id, succ.title AS succ_title, succ_p.title_ja AS succ_title_ja,
           ${inCollectionGapSql(asOf, Prisma.raw("p"), Prisma.sql`COALESCE(lu.reported_on, pm.date)`)} AS in_gap,
           COALESCE(ev.quote, p.quote) AS ev_quote,
           COALESCE(evp.label, pp.label) AS ev_label,
           COALESCE(evd.id, pd.id) AS ev_doc_id,
           COALESCE(evd.title, pd.title) AS ev_doc_title,
           COALESCE(evd.language, pd.language) AS ev_doc_lang,
           COALESCE(ev.reported_on, pm.date) AS ev_date,
           COALESCE(evm.title, pm.title) AS ev_meeting,
           CASE WHEN evm.id IS NULL THEN pm.title_ja ELSE evm.title_ja END AS ev_meeting_ja
      FROM silence s
      JOIN pledges p ON p.id = s.id
      JOIN meetings pm ON pm.id = p.meeting_id
      JOIN areas a ON a.id = p.area_id
      JOIN paragraphs pp ON pp.id = p.paragraph_id
      JOIN source_documents pd ON pd.id = pp.document_id
      -- The status as of the day: the latest effective update on or before it, else "pledged".
      LEFT JOIN LATERAL (${latestUpdateSql({ onOrBefore: Prisma.sql`${asOf}::date` })}) lu ON true
      -- The last evidence: the latest update that quotes a source. Mostly that is lu itself; the
      -- history is searched further back only when lu quotes nothing (a one-time filter on lu).
      LEFT JOIN LATERAL (
        SELECT lu.* WHERE lu.quote IS NOT NULL
        UNION ALL
        SELECT older.* FROM (${latestUpdateSql({ onOrBefore: Prisma.sql`${asOf}::date` }, Prisma.sql`lu.quote IS NULL AND su.quote IS NOT NULL`)}) older
      ) ev ON true
      LEFT JOIN paragraphs evp ON evp.id = ev.paragraph_id
      LEFT JOIN source_documents evd ON evd.id = evp.document_id
      LEFT JOIN meetings evm ON evm.id = ev.meeting_id
      -- Restated by a later pledge by the day: counted once, under the successor.
      LEFT JOIN LATERAL (${successorsSql({ by: { onOrBefore: Prisma.sql`${asOf}::date` }, matching: { area: area?.id } })} ORDER BY made_on, id LIMIT 1) succ ON true
      LEFT JOIN pledges succ_p ON succ_p.id = succ.id
     ORDER BY a.position, a.name, pm.date, pp.position, p.title, p.id`;

  const pledges: BriefingPledge[] = pledgeRows.map((r) => {
    const targetDate = isoDayOrNull(r.target_date);
    const deadline = deadlineStanding(targetDate, r.status, isoDay(r.since), asOf);
    return {
      id: r.id,
      title: r.title,
      ...jaTitle(r.title_ja),
      side: r.side,
      area: { id: r.area_id, name: r.area_name, ...ja(r.area_name_ja) },
      status: r.status,
      since: isoDay(r.since),
      madeOn: isoDay(r.made_on),
      madeAt: r.made_at,
      ...(r.made_at_ja ? { madeAtJa: r.made_at_ja } : {}),
      targetDate,
      overdue: deadline === "overdue",
      unconfirmed: deadline === "unconfirmed",
      inCollectionGap: r.in_gap,
      silent: Number(r.silent),
      evidence: evidence(r),
      supersededBy: r.succ_id ? { id: r.succ_id, title: r.succ_title ?? "", ...jaTitle(r.succ_title_ja) } : null,
    };
  });

  const [changes, evidenceDay] = await Promise.all([
    lastMeeting ? changesSince(dialogueId, isoDay(lastMeeting.date), asOf, areaSql) : Promise.resolve([]),
    evidenceUpTo(dialogueId, asOf),
  ]);
  // The figures count a superseded pledge once, under its successor; the lists show both.
  const counted = pledges.filter((p) => !p.supersededBy);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const p of counted) byStatus[p.status] += 1;
  const open = counted.filter((p) => isOpen(p.status));
  return {
    dialogue: { ...dialogue, ...ja(nameJa), ...(partnerCountryJa ? { partnerCountryJa } : {}) },
    area,
    asOf,
    lastMeeting: lastMeeting
      ? {
          id: lastMeeting.id,
          title: lastMeeting.title,
          ...jaTitle(lastMeeting.title_ja),
          date: isoDay(lastMeeting.date),
        }
      : null,
    evidenceUpTo: evidenceDay,
    figures: {
      total: counted.length,
      superseded: pledges.length - counted.length,
      byStatus,
      open: open.length,
      overdue: open.filter((p) => p.overdue).length,
      unconfirmed: open.filter((p) => p.unconfirmed).length,
      unconfirmedInGap: open.filter((p) => p.unconfirmed && p.inCollectionGap).length,
      stale: open.filter((p) => p.silent >= STALE_AFTER_MEETINGS).length,
      shareDelivered: counted.length ? byStatus.delivered / counted.length : 0,
    },
    changes,
    pledges,
  };
}

// Uncorrected updates reported from `from` (the last meeting's day) to `asOf`, with the status
// each pledge had just before, so the briefing can say what moved.
async function changesSince(
  dialogueId: string,
  from: string,
  asOf: string,
  areaSql: Prisma.Sql,
): Promise<BriefingChange[]> {
  const rows = await db.$queryRaw<
    ({
      id: string;
      pledge_id: string;
      title: string;
      title_ja: string | null;
      area_name: string;
      area_name_ja: string | null;
      status: Status;
      previous: Status | null;
      reported_on: Date;
      made_on: Date;
    } & EvidenceRow)[]
  >`
    SELECT su.id, p.id AS pledge_id, p.title, p.title_ja, a.name AS area_name, a.name_ja AS area_name_ja,
           su.status, su.reported_on, pm.date AS made_on,
           prev.status AS previous,
           su.quote AS ev_quote, sp.label AS ev_label, sd.id AS ev_doc_id, sd.title AS ev_doc_title,
           sd.language AS ev_doc_lang, su.reported_on AS ev_date, sm.title AS ev_meeting, sm.title_ja AS ev_meeting_ja
      FROM effective_status_updates su
      JOIN pledges p ON p.id = su.pledge_id
      JOIN meetings pm ON pm.id = p.meeting_id
      JOIN areas a ON a.id = p.area_id
      LEFT JOIN paragraphs sp ON sp.id = su.paragraph_id
      LEFT JOIN source_documents sd ON sd.id = sp.document_id
      LEFT JOIN meetings sm ON sm.id = su.meeting_id
      LEFT JOIN LATERAL (
        SELECT o.status FROM effective_status_updates o
         WHERE o.pledge_id = su.pledge_id
           AND (o.reported_on, o.created_at, o.id) < (su.reported_on, su.created_at, su.id)
         ORDER BY o.reported_on DESC, o.created_at DESC, o.id DESC LIMIT 1
      ) prev ON true
     WHERE p.dialogue_id = ${dialogueId} ${areaSql}
       AND su.reported_on >= ${from}::date AND su.reported_on <= ${asOf}::date
     ORDER BY a.position, su.reported_on, su.created_at, su.id`;
  return rows.map((r) => ({
    updateId: r.id,
    pledge: { id: r.pledge_id, title: r.title, ...jaTitle(r.title_ja) },
    area: r.area_name,
    ...(r.area_name_ja ? { areaJa: r.area_name_ja } : {}),
    from: r.previous ?? "pledged",
    to: r.status,
    reportedOn: isoDay(r.reported_on),
    evidence: evidence(r),
  }));
}

// The day a briefing is as of: today, or the day of one of the dialogue's meetings. Any
// other day is moved back to the latest of those on or before it (to the first meeting if it
// is before them all), so the briefings that can be asked for, and cached, are a few per
// dialogue, not one per day of the calendar.
export function briefingDay(asked: string | undefined, meetingDays: string[], todayDay: string): string {
  const allowed = [...new Set([...meetingDays.filter((d) => d <= todayDay), todayDay])].sort();
  if (!asked || asked >= todayDay) return todayDay;
  return allowed.filter((d) => d <= asked).at(-1) ?? allowed[0]!;
}

// The briefing a URL asks for (parsed with lib/validation/briefing.ts): its dialogue (default:
// the one with most pledges), its day (default today; see briefingDay), an optional area, and
// its form (default the summary). `movedFrom` is the day asked for when it was moved.
export async function resolveBriefingParams(params: {
  dialogue?: string;
  date?: string;
  area?: string;
  form?: "summary" | "full";
  page?: number;
}) {
  const dialogues = await db.dialogue.findMany({
    select: { id: true, name: true, nameJa: true, _count: { select: { pledges: true } } },
  });
  dialogues.sort((a, b) => b._count.pledges - a._count.pledges || a.name.localeCompare(b.name));
  const dialogue = dialogues.find((d) => d.id === params.dialogue) ?? dialogues[0];
  const todayDay = isoDay(new Date());
  const meetings = dialogue
    ? await db.meeting.findMany({ where: { dialogueId: dialogue.id }, select: { date: true } })
    : [];
  const meetingDays = meetings.map((m) => isoDay(m.date));
  const asOf = briefingDay(params.date, meetingDays, todayDay);
  const form: BriefingForm =
    params.form === "full"
      ? { form: "full", page: params.page ?? 1, perPage: LISTING_PER_PAGE }
      : { form: "summary", perArea: SUMMARY_PER_AREA };
  return {
    dialogues: dialogues.map((d) => ({ id: d.id, name: d.name, ...ja(d.nameJa) })),
    dialogueId: dialogue?.id ?? null,
    asOf,
    movedFrom: params.date && params.date !== asOf ? params.date : null,
    meetingDays: [...new Set(meetingDays.filter((d) => d <= todayDay))].sort(),
    areaId: params.area,
    form,
  };
}

// The areas a briefing can be narrowed to, in display order, with their Japanese names.
export async function briefingAreas(): Promise<{ id: string; name: string; nameJa?: string }[]> {
  const rows = await db.area.findMany({ select: areaRef, orderBy: [{ position: "asc" }, { name: "asc" }] });
  return rows.map((a) => ({ id: a.id, name: a.name, ...ja(a.nameJa) }));
}
