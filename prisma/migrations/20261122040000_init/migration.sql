-- Extensions: trigram indexes back the pledge text search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('pledged', 'in_progress', 'partly_delivered', 'delivered', 'stalled', 'dropped');
CREATE TYPE "Side" AS ENUM ('japan', 'partner', 'both');
CREATE TYPE "MeetingFormat" AS ENUM ('in_person', 'video', 'telephone');
CREATE TYPE "MeetingKind" AS ENUM ('two_plus_two', 'defence_ministers', 'foreign_ministers', 'leaders', 'other');
CREATE TYPE "PledgeLinkKind" AS ENUM ('continues', 'supersedes');

-- CreateTable
CREATE TABLE "dialogues" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "partner_country" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dialogues_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "meetings" (
    "id" TEXT NOT NULL,
    "dialogue_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT,
    "format" "MeetingFormat" NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "ordinal" INTEGER,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "source_documents" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "published_on" DATE,
    "url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "source_documents_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "meeting_documents" (
    "meeting_id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    CONSTRAINT "meeting_documents_pkey" PRIMARY KEY ("meeting_id", "document_id")
);

CREATE TABLE "paragraphs" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "paragraphs_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "areas" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "areas_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "tags" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "pledges" (
    "id" TEXT NOT NULL,
    "dialogue_id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "area_id" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "paragraph_id" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "target_date" DATE,
    "predecessor_id" TEXT,
    "predecessor_link" "PledgeLinkKind",
    "current_status" "PledgeStatus" NOT NULL DEFAULT 'pledged',
    "current_status_date" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pledges_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "pledge_tags" (
    "pledge_id" TEXT NOT NULL,
    "tag_id" TEXT NOT NULL,
    CONSTRAINT "pledge_tags_pkey" PRIMARY KEY ("pledge_id", "tag_id")
);

CREATE TABLE "status_updates" (
    "id" TEXT NOT NULL,
    "pledge_id" TEXT NOT NULL,
    "status" "PledgeStatus" NOT NULL,
    "meeting_id" TEXT,
    "reported_on" DATE NOT NULL,
    "paragraph_id" TEXT,
    "quote" TEXT,
    "note" TEXT,
    "corrects_id" TEXT,
    "reason" TEXT,
    "recorded_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "dialogues_slug_key" ON "dialogues"("slug");
CREATE INDEX "meetings_dialogue_id_date_idx" ON "meetings"("dialogue_id", "date");
CREATE INDEX "meeting_documents_document_id_idx" ON "meeting_documents"("document_id");
CREATE UNIQUE INDEX "paragraphs_document_id_position_key" ON "paragraphs"("document_id", "position");
CREATE UNIQUE INDEX "paragraphs_document_id_label_key" ON "paragraphs"("document_id", "label");
CREATE UNIQUE INDEX "areas_slug_key" ON "areas"("slug");
CREATE UNIQUE INDEX "tags_slug_key" ON "tags"("slug");
CREATE INDEX "pledges_dialogue_id_current_status_idx" ON "pledges"("dialogue_id", "current_status");
CREATE INDEX "pledges_meeting_id_idx" ON "pledges"("meeting_id");
CREATE INDEX "pledges_area_id_current_status_idx" ON "pledges"("area_id", "current_status");
CREATE INDEX "pledges_current_status_idx" ON "pledges"("current_status");
CREATE INDEX "pledges_side_idx" ON "pledges"("side");
CREATE INDEX "pledges_predecessor_id_idx" ON "pledges"("predecessor_id");
CREATE INDEX "pledges_target_date_idx" ON "pledges"("target_date");
CREATE INDEX "pledge_tags_tag_id_idx" ON "pledge_tags"("tag_id");
CREATE UNIQUE INDEX "status_updates_corrects_id_key" ON "status_updates"("corrects_id");
CREATE INDEX "status_updates_pledge_id_reported_on_idx" ON "status_updates"("pledge_id", "reported_on");
CREATE INDEX "status_updates_meeting_id_idx" ON "status_updates"("meeting_id");
CREATE INDEX "status_updates_reported_on_idx" ON "status_updates"("reported_on");
-- Not expressible in schema.prisma: trigram indexes for the title/text search.
CREATE INDEX "pledges_title_trgm_idx" ON "pledges" USING gin ("title" gin_trgm_ops);
CREATE INDEX "pledges_text_trgm_idx" ON "pledges" USING gin ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_dialogue_id_fkey" FOREIGN KEY ("dialogue_id") REFERENCES "dialogues"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_dialogue_id_fkey" FOREIGN KEY ("dialogue_id") REFERENCES "dialogues"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "pledges"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "pledge_tags" ADD CONSTRAINT "pledge_tags_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pledge_tags" ADD CONSTRAINT "pledge_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "status_updates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A pledge's current status is its latest uncorrected update, else "pledged" as of the
-- meeting that made it. Kept in step by trigger so every writer (app, seed, import) agrees.
CREATE FUNCTION refresh_pledge_status(p_id TEXT) RETURNS void LANGUAGE sql AS $$
  UPDATE "pledges" p
     SET "current_status" = COALESCE(u."status", 'pledged'),
         "current_status_date" = COALESCE(u."reported_on", m."date")
    FROM "meetings" m
    LEFT JOIN LATERAL (
      SELECT su."status", su."reported_on"
        FROM "status_updates" su
       WHERE su."pledge_id" = p_id
         AND NOT EXISTS (SELECT 1 FROM "status_updates" c WHERE c."corrects_id" = su."id")
       ORDER BY su."reported_on" DESC, su."created_at" DESC, su."id" DESC
       LIMIT 1
    ) u ON true
   WHERE p."id" = p_id AND m."id" = p."meeting_id";
$$;

CREATE FUNCTION status_updates_refresh_pledge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM refresh_pledge_status(OLD."pledge_id");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM refresh_pledge_status(NEW."pledge_id");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "status_updates_refresh_pledge"
  AFTER INSERT OR UPDATE OR DELETE ON "status_updates"
  FOR EACH ROW EXECUTE FUNCTION status_updates_refresh_pledge();

CREATE FUNCTION pledges_refresh_own_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_pledge_status(NEW."id");
  RETURN NULL;
END;
$$;

-- A new pledge, or one moved to another meeting, takes its "pledged" date from the meeting.
CREATE TRIGGER "pledges_refresh_own_status"
  AFTER INSERT OR UPDATE OF "meeting_id" ON "pledges"
  FOR EACH ROW EXECUTE FUNCTION pledges_refresh_own_status();
