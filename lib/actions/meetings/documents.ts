import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate } from "@/lib/domain/dates";
import { parseStatement } from "@/lib/domain/statement-parser";
import { withoutPageFurniture } from "@/lib/domain/page-furniture";
import { languageOf } from "@/lib/domain/language";

type DocumentInput = {
  documentTitle: string;
  publisher: string;
  publishedOn?: string;
  url?: string;
  statement: string;
};

// Stores a pasted statement as a source document of a meeting, split into numbered
// paragraphs by the same parser the editor's preview used (the server re-parses: the
// browser's preview is never trusted), its page furniture dropped by the same rule as the
// preview's (the paragraphs kept keep the positions and labels of the whole text).
export async function storeDocument(tx: Prisma.TransactionClient, input: DocumentInput, meetingId: string) {
  const paragraphs = withoutPageFurniture(parseStatement(input.statement), {
    title: input.documentTitle,
    publisher: input.publisher,
  });
  const document = await tx.sourceDocument.create({
    data: {
      title: input.documentTitle,
      publisher: input.publisher,
      publishedOn: input.publishedOn ? dayToDate(input.publishedOn) : null,
      url: input.url ?? null,
      // A pasted Japanese overview is stored as Japanese, so it is read and matched as such.
      language: languageOf(input.statement),
      meetings: { create: { meetingId } },
    },
    select: { id: true },
  });
  await tx.paragraph.createMany({
    data: paragraphs.map((p) => ({ documentId: document.id, position: p.position, label: p.label, text: p.text })),
  });
  const snapshot = {
    title: input.documentTitle,
    publisher: input.publisher,
    publishedOn: input.publishedOn ?? null,
    url: input.url ?? null,
    paragraphs: paragraphs.length,
    labels: `${paragraphs[0]?.label} … ${paragraphs.at(-1)?.label}`,
  };
  return { id: document.id, paragraphs: paragraphs.length, snapshot };
}
