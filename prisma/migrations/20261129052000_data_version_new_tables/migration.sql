-- Tables added in the same round as data_version: meeting participants and pledge aliases are
-- shown beside cached aggregates (meeting pages, the API), so their writes bump the version too.
-- Sessions and the intake's proposals and drafts are editors' working state: not tracked.
SELECT data_version_track(t) FROM unnest(ARRAY['meeting_participants', 'pledge_aliases']::regclass[]) t;
