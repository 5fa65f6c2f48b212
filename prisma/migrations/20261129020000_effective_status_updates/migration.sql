-- "Effective" status updates: the ones no later update corrects. The one SQL definition of
-- that idea; every query (and the trigger keeping pledges.current_status) reads this view.
-- A plain view is inlined by the planner, so queries keep their anti-join plans.
-- `su.*` is expanded when the view is created: a migration that adds a column to
-- status_updates must re-run this CREATE OR REPLACE VIEW to expose it (new columns append).
CREATE VIEW "effective_status_updates" AS
  SELECT su.*
    FROM "status_updates" su
   WHERE NOT EXISTS (SELECT 1 FROM "status_updates" c WHERE c."corrects_id" = su."id");

CREATE OR REPLACE FUNCTION refresh_pledge_status(p_id TEXT) RETURNS void LANGUAGE sql AS $$
  UPDATE "pledges" p
     SET "current_status" = COALESCE(u."status", 'pledged'),
         "current_status_date" = COALESCE(u."reported_on", m."date")
    FROM "meetings" m
    LEFT JOIN LATERAL (
      SELECT su."status", su."reported_on"
        FROM "effective_status_updates" su
       WHERE su."pledge_id" = p_id
       ORDER BY su."reported_on" DESC, su."created_at" DESC, su."id" DESC
       LIMIT 1
    ) u ON true
   WHERE p."id" = p_id AND m."id" = p."meeting_id";
$$;
