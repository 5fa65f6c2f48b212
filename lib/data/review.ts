import "server-only";
import { db } from "./read-db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOpenSql, latestUpdateSql, statusFromSql } from "./status-as-of";
import type { Status } from "@/lib/domain/status";
import { isoDay, isoDayOrNull } from "@/lib/domain/dates";

// The meeting review screen: every pledge of the meeting's dialogue made before it that
// was still open just before it (delivered and dropped ones need no report), with its
// status then and the latest evidence, plus what this meeting already reported on it.

export type ReviewRow = {
  id: string;
  title: string;
  titleJa: string | null;
  version: number;
  area: string;
  areaJa: string | null;
  madeAt: { id: string; title: string; titleJa: string | null; date: string };
  statusBefore: Status;
  // `language`: the cited document's ("en" or "ja"), which the quote and its title are in.
  evidence: {
    quote: string;
    label: string;
    documentTitle: string;
    language: string;
    reportedOn: string | null;
  } | null;
  reportedHere: { status: Status; quote: string | null; label: string | null } | null;
};

export async function meetingReviewRows(meetingId: string): Promise<ReviewRow[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string;
      title_ja: string | null;
      version: number;
      area: string;
      area_ja: string | null;
      made_id: string;
      made_title: string;
      made_title_ja: string | null;
      made_on: Date;
      status_before: Status;
      ev_quote: string | null;
      ev_label: string | null;
      ev_doc: string | null;
      ev_lang: string | null;
      ev_on: Date | null;
      p_quote: string;
      p_label: string;
      p_doc: string;
      p_lang: string;
      here_status: Status | null;
      here_quote: string | null;
      here_label: string | null;
    }[]
  >`
    SELECT p.id, p.title, p.title_ja, p.version, a.name AS area, a.name_ja AS area_ja,
           pm.id AS made_id, pm.title AS made_title, pm.title_ja AS made_title_ja, pm.date AS made_on,
           ${statusFromSql("s")} AS status_before, s.quote AS ev_quote, sp.label AS ev_label, sd.title AS ev_doc,
           sd.language AS ev_lang, s.reported_on AS ev_on,
           p.quote AS p_quote, pp.label AS p_label, pd.title AS p_doc, pd.language AS p_lang,
           h.status AS here_status, h.quote AS here_quote, h.label AS here_label
      FROM meetings m
      JOIN pledges p ON p.dialogue_id = m.dialogue_id
      JOIN meetings pm ON pm.id = p.meeting_id AND pm.date < m.date
      JOIN areas a ON a.id = p.area_id
      JOIN paragraphs pp ON pp.id = p.paragraph_id
      JOIN source_documents pd ON pd.id = pp.document_id
      LEFT JOIN LATERAL (${latestUpdateSql({ before: Prisma.sql`m.date` })}) s ON true
      LEFT JOIN paragraphs sp ON sp.id = s.paragraph_id
      LEFT JOIN source_documents sd ON sd.id = sp.document_id
      LEFT JOIN LATERAL (
        SELECT su.status, su.quote, sp.label
          FROM effective_status_updates su
          LEFT JOIN paragraphs sp ON sp.id = su.paragraph_id
         WHERE su.pledge_id = p.id AND su.meeting_id = m.id
         ORDER BY su.created_at DESC, su.id DESC
         LIMIT 1
      ) h ON true
     WHERE m.id = ${meetingId}
       AND (${isOpenSql(statusFromSql("s"))} OR h.status IS NOT NULL)
     ORDER BY pm.date, pp.position, p.title, p.id`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    titleJa: r.title_ja,
    version: r.version,
    area: r.area,
    areaJa: r.area_ja,
    madeAt: { id: r.made_id, title: r.made_title, titleJa: r.made_title_ja, date: isoDay(r.made_on) },
    statusBefore: r.status_before,
    evidence: r.ev_quote
      ? {
          quote: r.ev_quote,
          label: r.ev_label ?? "",
          documentTitle: r.ev_doc ?? "",
          language: r.ev_lang ?? "en",
          reportedOn: isoDayOrNull(r.ev_on),
        }
      : { quote: r.p_quote, label: r.p_label, documentTitle: r.p_doc, language: r.p_lang, reportedOn: null },
    reportedHere: r.here_status ? { status: r.here_status, quote: r.here_quote, label: r.here_label } : null,
  }));
}
