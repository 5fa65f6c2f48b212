-- The pledge x meeting grid, stored: for each pledge and each meeting of its dialogue on or
-- after the day it was made, its status as of that meeting (latest effective update on or
-- before the meeting's day, else 'pledged') and whether the meeting reported on it (an
-- effective update citing the meeting, or one without a meeting dated on its day). "Status
-- at each meeting", report coverage and silence read it instead of resolving every pledge's
-- history per meeting (seconds at 100k pledges x 10 updates). Triggers keep it exact; the
-- integration tests compare it with the plain resolution after every kind of write.
CREATE TABLE "pledge_meeting_status" (
    "pledge_id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "meeting_date" DATE NOT NULL,
    "made_on" DATE NOT NULL,
    "status" "PledgeStatus" NOT NULL,
    "reported" BOOLEAN NOT NULL,
    CONSTRAINT "pledge_meeting_status_pkey" PRIMARY KEY ("pledge_id", "meeting_id"),
    CONSTRAINT "pledge_meeting_status_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "pledge_meeting_status_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "pledge_meeting_status_meeting_id_status_idx" ON "pledge_meeting_status"("meeting_id", "status");

-- Recomputes the rows of the given pledges (all pledges when NULL): the one definition.
-- Set-based, so a full rebuild is one pass: each effective update holds from its day until
-- the next one of its pledge (same-day updates in recording order), and a meeting takes the
-- one holding on its day. Dynamic SQL, so each call is planned for its own pledges.
-- The pledges are locked first (in id order), so two writers refreshing one pledge take turns
-- and the second recomputes from what the first committed (each statement of a function sees
-- a fresh snapshot) instead of colliding on the primary key.
CREATE FUNCTION refresh_pledge_meeting_status(p_ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  only_these TEXT := CASE WHEN p_ids IS NULL THEN 'TRUE' ELSE '%s = ANY ($1)' END;
BEGIN
  IF p_ids IS NULL THEN
    DELETE FROM "pledge_meeting_status";
  ELSE
    PERFORM 1 FROM "pledges" WHERE "id" = ANY (p_ids) ORDER BY "id" FOR NO KEY UPDATE;
    DELETE FROM "pledge_meeting_status" WHERE "pledge_id" = ANY (p_ids);
  END IF;
  EXECUTE format($sql$
    WITH eff AS (
      SELECT su."pledge_id", su."status", su."reported_on", su."meeting_id",
             lead(su."reported_on") OVER (PARTITION BY su."pledge_id"
                                          ORDER BY su."reported_on", su."created_at", su."id") AS "until"
        FROM "effective_status_updates" su
       WHERE %s
    )
    INSERT INTO "pledge_meeting_status" ("pledge_id", "meeting_id", "meeting_date", "made_on", "status", "reported")
    SELECT p."id", m."id", m."date", pm."date", COALESCE(e."status", 'pledged'),
           rc."pledge_id" IS NOT NULL OR rd."pledge_id" IS NOT NULL
      FROM "pledges" p
      JOIN "meetings" pm ON pm."id" = p."meeting_id"
      JOIN "meetings" m ON m."dialogue_id" = p."dialogue_id" AND m."date" >= pm."date"
      LEFT JOIN eff e ON e."pledge_id" = p."id" AND e."reported_on" <= m."date" AND (e."until" IS NULL OR e."until" > m."date")
      LEFT JOIN (SELECT DISTINCT "pledge_id", "meeting_id" FROM eff WHERE "meeting_id" IS NOT NULL) rc
             ON rc."pledge_id" = p."id" AND rc."meeting_id" = m."id"
      LEFT JOIN (SELECT DISTINCT "pledge_id", "reported_on" FROM eff WHERE "meeting_id" IS NULL) rd
             ON rd."pledge_id" = p."id" AND rd."reported_on" = m."date"
     WHERE %s
  $sql$, format(only_these, 'su."pledge_id"'), format(only_these, 'p."id"')) USING p_ids;
END;
$$;

-- A status update (recorded, corrected, or, where allowed, edited or removed) changes its
-- pledge's rows, and a correction those of the pledge it corrects.
CREATE FUNCTION status_updates_refresh_meeting_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    ids := ids || OLD."pledge_id" || (SELECT c."pledge_id" FROM "status_updates" c WHERE c."id" = OLD."corrects_id");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    ids := ids || NEW."pledge_id" || (SELECT c."pledge_id" FROM "status_updates" c WHERE c."id" = NEW."corrects_id");
  END IF;
  PERFORM refresh_pledge_meeting_status(ARRAY(SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "status_updates_refresh_meeting_status"
  AFTER INSERT OR UPDATE OR DELETE ON "status_updates"
  FOR EACH ROW EXECUTE FUNCTION status_updates_refresh_meeting_status();

-- A new pledge, or one moved to another meeting or dialogue (deletion cascades).
CREATE FUNCTION pledges_refresh_meeting_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_pledge_meeting_status(ARRAY[NEW."id"]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "pledges_refresh_meeting_status"
  AFTER INSERT OR UPDATE OF "meeting_id", "dialogue_id" ON "pledges"
  FOR EACH ROW EXECUTE FUNCTION pledges_refresh_meeting_status();

-- A meeting added, or moved to another day or dialogue, changes the grid of every pledge of
-- its dialogue(s): rare, and one set-based refresh per statement. (A removed meeting's rows
-- go by the cascade; nothing else depends on it.)
CREATE FUNCTION meetings_refresh_meeting_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_pledge_meeting_status(ARRAY(
      SELECT p."id" FROM "pledges" p WHERE p."dialogue_id" IN (SELECT "dialogue_id" FROM changed_new)));
  ELSE
    PERFORM refresh_pledge_meeting_status(ARRAY(
      SELECT p."id" FROM "pledges" p
       WHERE p."dialogue_id" IN (
         SELECT d FROM changed_old o JOIN changed_new n ON n."id" = o."id",
                LATERAL (VALUES (o."dialogue_id"), (n."dialogue_id")) v(d)
          WHERE o."date" IS DISTINCT FROM n."date" OR o."dialogue_id" IS DISTINCT FROM n."dialogue_id")));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "meetings_refresh_meeting_status_insert"
  AFTER INSERT ON "meetings" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION meetings_refresh_meeting_status();

CREATE TRIGGER "meetings_refresh_meeting_status_update"
  AFTER UPDATE ON "meetings" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION meetings_refresh_meeting_status();

SELECT refresh_pledge_meeting_status(NULL);
