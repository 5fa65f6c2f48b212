-- A Japanese source document can be the same text as an English one, its paragraph numbers
-- corresponding (the Japanese page of a joint statement): `aligned_with` names that English
-- document, so the two can be read side by side. Null for an overview that is not a
-- translation. Deleting the English document leaves the Japanese one unaligned.
ALTER TABLE "source_documents" ADD COLUMN "aligned_with" TEXT;
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_aligned_with_fkey" FOREIGN KEY ("aligned_with") REFERENCES "source_documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "source_documents_aligned_with_idx" ON "source_documents"("aligned_with");
