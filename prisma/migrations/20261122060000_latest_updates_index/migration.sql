-- The dashboard's "latest status updates" orders by (reported_on, created_at, id), newest
-- first; one composite index serves that order without sorting the whole history.
DROP INDEX IF EXISTS "status_updates_reported_on_idx";
CREATE INDEX "status_updates_reported_on_created_at_id_idx" ON "status_updates"("reported_on" DESC, "created_at" DESC, "id" DESC);
