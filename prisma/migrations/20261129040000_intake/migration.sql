-- Statement intake: pledge aliases, the search vector the matcher ranks with, and the
-- proposals and draft pledges computed when a statement is added to a meeting.

-- The names a later statement may use for a pledge (its acronym, its official name).
CREATE TABLE "pledge_aliases" (
    "id" TEXT NOT NULL,
    "pledge_id" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pledge_aliases_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pledge_aliases_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "pledge_aliases_pledge_id_alias_key" ON "pledge_aliases"("pledge_id", "alias");
-- Not expressible in schema.prisma: trigram and full-text indexes of aliases.
CREATE INDEX "pledge_aliases_alias_trgm_idx" ON "pledge_aliases" USING gin ("alias" gin_trgm_ops);
CREATE INDEX "pledge_aliases_alias_fts_idx" ON "pledge_aliases" USING gin (to_tsvector('english', "alias"));

-- The one definition of a pledge's weighted search vector: title A, text C (aliases A and
-- tags B are joined in by the matcher, from their own tables). IMMUTABLE so it can be indexed.
CREATE FUNCTION pledge_search_vector(title TEXT, body TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C');
CREATE INDEX "pledges_search_vector_idx" ON "pledges" USING gin (pledge_search_vector("title", "text"));
CREATE INDEX "tags_label_trgm_idx" ON "tags" USING gin ("label" gin_trgm_ops);

-- What the intake proposes for one meeting: for a pledge, the paragraph that most likely
-- reports on it, the quote, the status judged from its words, the score and the reasons.
CREATE TABLE "intake_proposals" (
    "id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "pledge_id" TEXT NOT NULL,
    "paragraph_id" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "status" "PledgeStatus" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "intake_proposals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "intake_proposals_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "intake_proposals_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "intake_proposals_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "intake_proposals_meeting_id_pledge_id_key" ON "intake_proposals"("meeting_id", "pledge_id");
CREATE INDEX "intake_proposals_pledge_id_idx" ON "intake_proposals"("pledge_id");
CREATE INDEX "intake_proposals_paragraph_id_idx" ON "intake_proposals"("paragraph_id");

-- Commitment sentences of a meeting's statement that match no open pledge: draft pledges.
CREATE TABLE "intake_drafts" (
    "id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "paragraph_id" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "area_id" TEXT,
    "side" "Side" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "intake_drafts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "intake_drafts_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "intake_drafts_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "intake_drafts_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "intake_drafts_meeting_id_idx" ON "intake_drafts"("meeting_id");
CREATE INDEX "intake_drafts_paragraph_id_idx" ON "intake_drafts"("paragraph_id");
CREATE INDEX "intake_drafts_area_id_idx" ON "intake_drafts"("area_id");
