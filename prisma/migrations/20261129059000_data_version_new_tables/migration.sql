-- Tables added beside data_version that pages show (a meeting's participants, a pledge's
-- aliases) move it too, so no cached page outlives their change.
SELECT data_version_track(t) FROM unnest(ARRAY['meeting_participants', 'pledge_aliases']::regclass[]) t;
