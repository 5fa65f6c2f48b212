-- British and American spellings are one word to the matcher: a pledge recorded as
-- "defence equipment" must match a statement saying "defense equipment" (the MOD's English
-- statements use both). The English stemmer does not merge them, so both sides of a match go
-- through one normalisation. Re-defining the function rebuilds the index that uses it.

CREATE FUNCTION intake_spelling(body TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN regexp_replace(regexp_replace(regexp_replace(coalesce(body, ''),
           '([Dd]efen|[Oo]ffen)ce', '\1se', 'g'),
           '([Pp]rogram)me', '\1', 'g'),
           '([a-z])is(e|ed|es|ing|ation|ations)\M', '\1iz\2', 'g');

DROP INDEX IF EXISTS "pledges_search_vector_idx";
CREATE OR REPLACE FUNCTION pledge_search_vector(title TEXT, body TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('english'::regconfig, intake_spelling(title)), 'A')
      || setweight(to_tsvector('english'::regconfig, intake_spelling(body)), 'C');
CREATE INDEX "pledges_search_vector_idx" ON "pledges" USING gin (pledge_search_vector("title", "text"));
