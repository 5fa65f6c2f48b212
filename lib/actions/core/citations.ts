import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseQuote, quoteProblem } from "@/lib/domain/citation";
import { FieldError } from "./errors";

export type CheckedCitation = { paragraphId: string; quote: string; label: string; documentTitle: string };

// Checks a citation inside the action's transaction: the paragraph exists, belongs to a
// source document of `meetingId` (when given), and contains the quote verbatim. `prefix`
// addresses the fields of one row of a multi-row form ("entries.3.").
export async function checkCitation(
  tx: Prisma.TransactionClient,
  citation: { paragraphId: string; quote: string },
  opts: { meetingId?: string | null; meetingTitle?: string; prefix?: string } = {},
): Promise<CheckedCitation> {
  const prefix = opts.prefix ?? "";
  const paragraph = await tx.paragraph.findUnique({
    where: { id: citation.paragraphId },
    select: {
      id: true,
      label: true,
      text: true,
      document: { select: { title: true, meetings: { select: { meetingId: true } } } },
    },
  });
  if (!paragraph)
    throw new FieldError(`${prefix}paragraphId`, "That paragraph does not exist: pick one from the source document");
  if (opts.meetingId && !paragraph.document.meetings.some((m) => m.meetingId === opts.meetingId)) {
    throw new FieldError(
      `${prefix}paragraphId`,
      `Cite a paragraph of a source document of ${opts.meetingTitle ?? "that meeting"}`,
    );
  }
  const problem = quoteProblem(paragraph, citation.quote);
  if (problem) throw new FieldError(`${prefix}quote`, problem);
  return {
    paragraphId: paragraph.id,
    quote: normaliseQuote(citation.quote),
    label: paragraph.label,
    documentTitle: paragraph.document.title,
  };
}
