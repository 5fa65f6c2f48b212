-- Japanese for the matcher. PostgreSQL's parsers do not segment Japanese: a run of Japanese
-- script is one token, so "空対空ミサイル" inside a sentence never meets the same words in a
-- pledge's name. Both sides of a match already go through intake_spelling(), so that is where
-- Japanese is made into words: each run of Japanese script becomes its character bigrams
-- ("空対 対空 空ミ ミサ サイ イル"), keeping only the bigrams with a kanji or katakana in them
-- (a bigram of kana alone is a particle or an ending: "ことで", "しま"). English text is unchanged.

CREATE FUNCTION public.ja_bigrams(body TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (
    SELECT coalesce(pg_catalog.string_agg(g.gram, ' ' ORDER BY r.n, g.i), '')
      FROM pg_catalog.regexp_matches(coalesce(body, ''), '[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]+', 'g') WITH ORDINALITY AS r(m, n)
      CROSS JOIN LATERAL (
        SELECT i, pg_catalog.substr(r.m[1], i, 2) AS gram
          FROM pg_catalog.generate_series(1, greatest(pg_catalog.length(r.m[1]) - 1, 1)) AS i
      ) g
     WHERE g.gram ~ '[\u30a1-\u30fa\u4e00-\u9fff]'
  );

DROP INDEX IF EXISTS "pledges_search_vector_idx";
CREATE OR REPLACE FUNCTION public.intake_spelling(body TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.regexp_replace(coalesce(body, ''),
           '[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]+', ' ', 'g'),
           '([Dd]efen|[Oo]ffen)ce', '\1se', 'g'),
           '([Pp]rogram)me', '\1', 'g'),
           '([a-z])is(e|ed|es|ing|ation|ations)\M', '\1iz\2', 'g')
         || ' ' || public.ja_bigrams(body);
CREATE INDEX "pledges_search_vector_idx" ON "pledges" USING gin (pledge_search_vector("title", "text"));
