-- Issue 8: which meetings are expected to report on a pledge, whether an editor has reviewed a
-- meeting, meetings recorded without their statement, participants, and a pledge's note.

-- Service chiefs' calls and public forums are contacts that never count as silence.
ALTER TYPE "MeetingKind" ADD VALUE IF NOT EXISTS 'service_chiefs';
ALTER TYPE "MeetingKind" ADD VALUE IF NOT EXISTS 'forum';

-- The field an area belongs to: a foreign or a defence ministers' meeting is expected to
-- report on the areas of its own field ("both": either ministers' meeting).
CREATE TYPE "PolicyField" AS ENUM ('defence', 'foreign', 'both');
ALTER TABLE "areas" ADD COLUMN "field" "PolicyField" NOT NULL DEFAULT 'both';

ALTER TABLE "meetings"
  ADD COLUMN "statement_collected" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "reviewed_at" TIMESTAMPTZ(3),
  ADD COLUMN "reviewed_by" TEXT REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Before this migration every meeting counted as reviewed: keep that for the meetings already
-- stored with their statement (reviewed_by stays empty: no account is known to have done it).
UPDATE "meetings" m SET "reviewed_at" = m."created_at"
 WHERE EXISTS (SELECT 1 FROM "meeting_documents" md WHERE md."meeting_id" = m."id");
CREATE INDEX "meetings_reviewed_by_idx" ON "meetings"("reviewed_by");

CREATE TYPE "ParticipantSide" AS ENUM ('japan', 'partner');
CREATE TABLE "meeting_participants" (
  "id" TEXT NOT NULL,
  "meeting_id" TEXT NOT NULL,
  "position" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "office" TEXT NOT NULL,
  "side" "ParticipantSide" NOT NULL,
  CONSTRAINT "meeting_participants_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "meeting_participants_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "meeting_participants_meeting_id_position_key" ON "meeting_participants"("meeting_id", "position");

-- Facts from outside the collection, and other context an analyst needs, live in the note.
ALTER TABLE "pledges" ADD COLUMN "note" TEXT;

-- The coverage rule (lib/domain/coverage.ts expectsReport is the same table; a test checks
-- every combination): a 2+2 covers everything of its dialogue, a defence or foreign ministers'
-- meeting the areas of its field, every other kind of contact nothing. Inlined by the planner.
CREATE FUNCTION meeting_expects_report(kind "MeetingKind", field "PolicyField") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT kind = 'two_plus_two'
      OR (kind = 'defence_ministers' AND field <> 'foreign')
      OR (kind = 'foreign_ministers' AND field <> 'defence')
$$;
