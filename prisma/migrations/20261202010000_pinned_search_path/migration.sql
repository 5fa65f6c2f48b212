-- Functions run with a fixed search path, and the app's role cannot make temporary tables
-- (issue 20). A function whose body names a table unqualified finds it through the caller's
-- search_path, where the session's own temporary schema comes first unless listed: a role
-- that may create temporary tables could shadow `meetings` with its own copy and so pass the
-- append-only check on status_updates. Three locks, each enough on its own:
--   1. the append-only check names every table with its schema;
--   2. every function that reads a table runs with search_path = pg_catalog, public, pg_temp
--      (pg_temp last, where nothing of ours is looked up);
--   3. no role but the owner may create temporary tables in this database.
-- Functions with an SQL-standard body (RETURN ...) are bound when created and need no path;
-- meeting_expects_report becomes one, so the planner still inlines it.

CREATE OR REPLACE FUNCTION public.status_updates_append_only() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.meeting_id IS NOT NULL
     AND (pg_catalog.to_jsonb(NEW) - 'reported_on'::text) = (pg_catalog.to_jsonb(OLD) - 'reported_on'::text)
     AND NEW.reported_on = (SELECT m.date FROM public.meetings m WHERE m.id = NEW.meeting_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'status_updates is append-only (% refused)', TG_OP;
END;
$$;

ALTER FUNCTION public.audit_events_append_only() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.refresh_pledge_status(TEXT) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.status_updates_refresh_pledge() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.pledges_refresh_own_status() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.data_version_bump() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.data_version_track(regclass) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.refresh_pledge_meeting_status(TEXT[]) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.status_updates_refresh_meeting_status() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.pledges_refresh_meeting_status() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.meetings_refresh_meeting_status() SET search_path = pg_catalog, public, pg_temp;

CREATE OR REPLACE FUNCTION public.meeting_expects_report(kind "MeetingKind", field "PolicyField") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN kind = 'two_plus_two'
      OR (kind = 'defence_ministers' AND field <> 'foreign')
      OR (kind = 'foreign_ministers' AND field <> 'defence');

-- PUBLIC holds TEMPORARY on every new database by default; the owner keeps it as owner.
-- Only the database's owner (or a superuser) can take it away: anyone else is told how.
DO $$
BEGIN
  IF pg_catalog.pg_has_role(current_user, (SELECT datdba FROM pg_catalog.pg_database WHERE datname = current_database()), 'USAGE')
     OR (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
    EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'pledge_app') THEN
      EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM pledge_app', current_database());
    END IF;
  ELSE
    RAISE WARNING 'Not the owner of database %: run REVOKE TEMPORARY ON DATABASE % FROM PUBLIC as its owner', current_database(), current_database();
  END IF;
END $$;
