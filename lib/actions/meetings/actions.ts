"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { dayToDate } from "@/lib/domain/dates";
import { ZAddDocument, ZCreateMeeting, ZUpdateMeeting, type TCreateMeeting } from "@/lib/validation/meetings";
import { editorAction } from "@/lib/actions/core/action";
import { FieldError, NotFoundError, StaleVersionError } from "@/lib/actions/core/errors";
import { meetingSnapshot } from "@/lib/data/meetings";
import { storeProposals } from "@/lib/intake/store";
import { storeDocument } from "./documents";

// Meetings and their source documents (pasted statements).

type Details = Pick<TCreateMeeting, "title" | "date" | "place" | "format" | "kind" | "ordinal" | "summary">;

const details = (input: Details) => ({
  title: input.title,
  date: dayToDate(input.date),
  place: input.place ?? null,
  format: input.format,
  kind: input.kind,
  ordinal: input.ordinal ?? null,
  summary: input.summary ?? null,
});

// A new meeting with the statement it produced.
export const createMeeting = editorAction(ZCreateMeeting, async (input, { tx, audit }) => {
  const dialogue = await tx.dialogue.findUnique({ where: { id: input.dialogueId }, select: { id: true } });
  if (!dialogue) throw new FieldError("dialogueId", "Choose a dialogue from the list");
  const { documentTitle, publisher, statement } = input;
  const collected =
    !input.withoutStatement && documentTitle && publisher && statement
      ? { ...input, documentTitle, publisher, statement }
      : null;
  const meeting = await tx.meeting.create({
    data: { dialogueId: dialogue.id, ...details(input), statementCollected: !!collected },
    select: { id: true },
  });
  await audit({
    action: "meeting.create",
    entityType: "meeting",
    entityId: meeting.id,
    entityLabel: input.title,
    after: await meetingSnapshot(tx, meeting.id),
  });
  if (!collected) {
    return {
      data: { meetingId: meeting.id, documentId: null as string | null, paragraphs: 0 },
      message: (await editorActionWords())("meetingSavedWithoutStatement"),
      redirectTo: `/meetings/${meeting.id}?saved=meeting`,
    };
  }
  const document = await storeDocument(tx, collected, meeting.id);
  await storeProposals(tx, meeting.id);
  await audit({
    action: "document.create",
    entityType: "document",
    entityId: document.id,
    entityLabel: input.documentTitle,
    after: document.snapshot,
  });
  return {
    data: { meetingId: meeting.id, documentId: document.id, paragraphs: document.paragraphs },
    message: (await editorActionWords())("meetingSaved", { count: document.paragraphs }),
    redirectTo: `/meetings/${meeting.id}?saved=meeting`,
  };
});

// Edits a meeting's details; refused if someone else saved it since the form was opened.
export const updateMeeting = editorAction(ZUpdateMeeting, async (input, { tx, audit }) => {
  const before = await meetingSnapshot(tx, input.meetingId);
  if (!before) throw new NotFoundError("This meeting");
  const { count } = await tx.meeting.updateMany({
    where: { id: input.meetingId, version: input.version },
    data: { ...details(input), version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersionError("meeting", input.meetingId, input.version, "This meeting");
  // Dates derived from the meeting follow it: updates reported at it (the trigger then
  // refreshes their pledges) and the "pledged" date of pledges made at it.
  await tx.statusUpdate.updateMany({
    where: { meetingId: input.meetingId },
    data: { reportedOn: dayToDate(input.date) },
  });
  await tx.$executeRaw`SELECT refresh_pledge_status(p.id) FROM pledges p WHERE p.meeting_id = ${input.meetingId}`;
  const after = await meetingSnapshot(tx, input.meetingId);
  await audit({
    action: "meeting.update",
    entityType: "meeting",
    entityId: input.meetingId,
    entityLabel: input.title,
    before,
    after,
  });
  return {
    data: { meetingId: input.meetingId },
    message: (await editorActionWords())("meetingUpdated"),
    redirectTo: `/meetings/${input.meetingId}?saved=meeting`,
  };
});

// Another source document for an existing meeting.
export const addDocument = editorAction(ZAddDocument, async (input, { tx, audit }) => {
  const meeting = await tx.meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, title: true, statementCollected: true },
  });
  if (!meeting) throw new NotFoundError("This meeting");
  const document = await storeDocument(tx, input, meeting.id);
  // Its statement is in the collection now; it still needs a review before its silence counts.
  if (!meeting.statementCollected)
    await tx.meeting.update({ where: { id: meeting.id }, data: { statementCollected: true } });
  await storeProposals(tx, meeting.id);
  await audit({
    action: "document.create",
    entityType: "document",
    entityId: document.id,
    entityLabel: input.documentTitle,
    after: { ...document.snapshot, meeting: meeting.title },
  });
  return {
    data: { documentId: document.id, paragraphs: document.paragraphs },
    message: (await editorActionWords())("documentSaved", { count: document.paragraphs }),
    redirectTo: `/meetings/${meeting.id}?saved=document`,
  };
});
