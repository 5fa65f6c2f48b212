-- A counter of committed changes to the data the pages aggregate. The app caches its
-- aggregates (dashboard, charts, briefing) keyed on it, so every instance sees a write at
-- once. `epoch` tells apart two databases (or a rebuilt one) whose counters agree.
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "epoch" TEXT NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
    "version" BIGINT NOT NULL DEFAULT 1,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_one_row" CHECK ("id")
);
INSERT INTO "data_version" DEFAULT VALUES;

-- Bumped once per writing transaction, at commit (a deferred constraint trigger): the new
-- version becomes visible together with the data, so a reader never caches old data under
-- it; and the lock on this one row is taken last and held only through commit, so writers
-- queue briefly but cannot deadlock on it.
CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('pt.data_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = CURRENT_TIMESTAMP;
    PERFORM set_config('pt.data_version_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$;

-- Attaches the bump to a table; every table the read side aggregates has it (a test checks).
CREATE FUNCTION data_version_track(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE ON %s
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump()', t);
END;
$$;

SELECT data_version_track(t) FROM unnest(ARRAY[
  'dialogues', 'meetings', 'source_documents', 'meeting_documents', 'paragraphs', 'areas',
  'tags', 'pledges', 'pledge_tags', 'status_updates'
]::regclass[]) t;
