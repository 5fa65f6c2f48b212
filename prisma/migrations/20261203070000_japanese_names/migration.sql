-- Japanese names beside the English ones. A pledge's and a meeting's title are our own wording
-- (not a quote): the Japanese title is ours too, and empty until an editor writes one. A source
-- document has a language, so a meeting can carry its Japanese overview beside the English
-- statement; `excerpt` marks a document that holds only part of its source's text.
ALTER TABLE "dialogues" ADD COLUMN "name_ja" TEXT;
ALTER TABLE "dialogues" ADD COLUMN "partner_country_ja" TEXT;
ALTER TABLE "areas" ADD COLUMN "name_ja" TEXT;
ALTER TABLE "meetings" ADD COLUMN "title_ja" TEXT;
ALTER TABLE "pledges" ADD COLUMN "title_ja" TEXT;
ALTER TABLE "source_documents" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "source_documents" ADD COLUMN "excerpt" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_language_check" CHECK ("language" IN ('en', 'ja'));
