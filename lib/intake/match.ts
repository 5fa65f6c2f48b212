import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { MatchedWord, PassageMatch } from "./types";

// The matcher: which passages of a statement most likely report on which pledges, ranked in
// PostgreSQL. A pledge is its weighted search vector (title and aliases A, tags B, text C:
// `pledge_search_vector` plus its aliases and tags); a passage is its own tsvector. The score
// adds, over the lexemes both share, the lexeme's weight in the pledge times its rarity among
// the candidate pledges and among the passages (so "missile" counts, "cooperation" hardly),
// normalised by what the pledge's title, aliases and tags hold; plus an alias named in the
// passage (pg_trgm, whole words), the cover density of the pledge's key terms in the passage
// (`ts_rank_cd`). Every word's weight is also scaled by its rarity over the dialogue's own
// documents (BM25's idf, 0 for a word in every paragraph): "2+2", "Japan", "Meeting" weigh
// nothing. A pledge's paraphrases (lib/intake/paraphrase.ts) match at half a title word's
// weight and add nothing to what it must cover. The weights below only rank candidates; which
// candidates become proposals is the fitted link model's call (lib/intake/model.ts).

export type Client = PrismaClient | Prisma.TransactionClient;

// A name written in Japanese script: kana and kanji (ja_bigrams() also keeps ー and 々 inside a
// run, which never start one).
const JAPANESE_SCRIPT = "[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]";

// Fixed, not fitted: they order the candidates handed to the link model.
const MATCH_WEIGHTS = { key: 1.0, text: 0.35, alias: 0.45, rankCd: 0.5 } as const;

type Row = {
  n: number;
  pledge_id: string;
  score: number;
  key_cov: number;
  text_score: number;
  alias_w: number;
  rank_cd: number;
  title_sim: number;
  aliases: string[] | null;
  words: MatchedWord[] | null;
};

// Every (passage, pledge) pair worth a look, best `perPledge` passages per pledge.
// `pledges`: ids with the paraphrases of each title; `dialogue`: whose documents before `date`
// give the words' rarity.
export async function matchPassages(
  client: Client,
  pledges: { id: string; paraphrases: string[] }[],
  passages: string[],
  dialogue: { id: string; date: Date },
  perPledge = 3,
  language: "en" | "ja" = "en",
): Promise<PassageMatch[]> {
  if (pledges.length === 0 || passages.length === 0) return [];
  const rows = await client.$queryRaw<Row[]>(
    matchSql(
      pledges.map((p) => p.id),
      pledges.map((p) => p.paraphrases.join(" ; ")),
      passages,
      dialogue,
      perPledge,
      language,
    ),
  );
  return rows.map((r) => ({
    passage: r.n,
    pledgeId: r.pledge_id,
    score: r.score,
    keyCoverage: r.key_cov,
    textScore: r.text_score,
    aliasWeight: r.alias_w,
    rankCd: r.rank_cd,
    titleSimilarity: r.title_sim,
    aliases: r.aliases ?? [],
    words: r.words ?? [],
  }));
}

function matchSql(
  pledgeIds: string[],
  paraphrases: string[],
  passages: string[],
  dialogue: { id: string; date: Date },
  perPledge: number,
  language: "en" | "ja",
) {
  const w = MATCH_WEIGHTS;
  // A pledge as the statement's language names it: in English its title, text, aliases, tags
  // and paraphrases; in Japanese our Japanese title and its Japanese aliases (official names),
  // each made into bigrams by intake_spelling(). Which words it must cover is counted in the
  // same language, so an English statement is not asked to cover the Japanese title.
  const pledgeVector =
    language === "ja"
      ? Prisma.sql`setweight(to_tsvector('english', intake_spelling(coalesce(p.title_ja, ''))), 'A')
             || setweight(to_tsvector('english', intake_spelling((SELECT string_agg(a.alias, ' ; ') FROM pledge_aliases a WHERE a.pledge_id = p.id AND a.alias ~ ${JAPANESE_SCRIPT}))), 'A')`
      : Prisma.sql`pledge_search_vector(p.title, p.text)
             || setweight(to_tsvector('english', intake_spelling((SELECT string_agg(a.alias, ' ; ') FROM pledge_aliases a WHERE a.pledge_id = p.id AND a.alias !~ ${JAPANESE_SCRIPT}))), 'A')
             || setweight(to_tsvector('english', intake_spelling((SELECT string_agg(t.label, ' ; ') FROM pledge_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.pledge_id = p.id))), 'B')
             || setweight(to_tsvector('english', intake_spelling(x.para)), 'D')`;
  const titleColumn = language === "ja" ? Prisma.sql`coalesce(p.title_ja, p.title)` : Prisma.sql`p.title`;
  return Prisma.sql`
    WITH pl AS (
      SELECT p.id, ${titleColumn} AS title, ${pledgeVector} AS vec
        FROM unnest(${pledgeIds}::text[], ${paraphrases}::text[]) AS x(id, para)
        JOIN pledges p ON p.id = x.id
    ),
    pa AS (
      SELECT (u.ord - 1)::int AS n, u.txt, to_tsvector('english', intake_spelling(u.txt)) AS vec, regexp_split_to_array(u.txt, '[^[:alnum:]/+-]+') AS tokens
        FROM unnest(${passages}::text[]) WITH ORDINALITY AS u(txt, ord)
    ),
    hist AS (
      -- the dialogue's documents before the statement, and the statement itself: how widely
      -- each word is used
      SELECT to_tsvector('english', intake_spelling(g.text)) AS vec
        FROM paragraphs g
       WHERE g.document_id IN (SELECT md.document_id FROM meeting_documents md JOIN meetings m ON m.id = md.meeting_id
                                WHERE m.dialogue_id = ${dialogue.id} AND m.date < ${dialogue.date})
      UNION ALL SELECT pa.vec FROM pa
    ),
    nd AS (SELECT count(*)::float8 AS docs FROM hist),
    idf_doc AS (
      SELECT l.lexeme, greatest(ln(1 + (nd.docs - count(*) + 0.5) / (count(*) + 0.5)) / ln(1 + (nd.docs + 0.5) / 0.5), 0) AS w
        FROM hist, unnest(hist.vec) AS l, nd GROUP BY l.lexeme, nd.docs
    ),
    n AS (SELECT (SELECT count(*) FROM pl)::float8 AS pledges, (SELECT count(*) FROM pa)::float8 AS passages),
    pl_lex AS (
      SELECT pl.id, l.lexeme,
             CASE WHEN 'A' = ANY(l.weights) THEN 1.0 WHEN 'B' = ANY(l.weights) THEN 0.7 WHEN 'D' = ANY(l.weights) THEN 0.5 ELSE 0.0 END AS key_w,
             NOT ('A' = ANY(l.weights) OR 'B' = ANY(l.weights)) AND 'D' = ANY(l.weights) AS para
        FROM pl, unnest(pl.vec) AS l
    ),
    pa_lex AS (SELECT pa.n, l.lexeme FROM pa, unnest(pa.vec) AS l),
    idf_pl AS (SELECT lexeme, ln(1 + (SELECT pledges FROM n) / count(*)) AS idf FROM pl_lex GROUP BY lexeme),
    idf_pa AS (SELECT lexeme, ln(1 + (SELECT passages FROM n) / count(*)) AS idf FROM pa_lex GROUP BY lexeme),
    key_total AS (
      SELECT pl_lex.id, sum(pl_lex.key_w * i.idf) AS total
        FROM pl_lex JOIN idf_pl i USING (lexeme) WHERE pl_lex.key_w > 0 AND NOT pl_lex.para GROUP BY pl_lex.id
    ),
    hits AS (
      -- lexemes in most pledges or most passages ("cooper", "minist") say nothing and would
      -- multiply the join: left out
      SELECT pl_lex.id, pa_lex.n, pl_lex.lexeme, pl_lex.key_w, pl_lex.para, ip.idf * coalesce(dd.w, 1) AS idf_pl, ia.idf AS idf_pa
        FROM pl_lex
        JOIN idf_pl ip USING (lexeme)
        JOIN idf_pa ia USING (lexeme)
        JOIN pa_lex USING (lexeme)
        LEFT JOIN idf_doc dd USING (lexeme)
       WHERE ip.idf > ln(1 + 1 / 0.25) OR (pl_lex.key_w > 0 AND ip.idf > ln(2.0) AND (ia.idf > ln(1 + 1 / 0.3) OR (SELECT passages FROM n) < 5))
    ),
    pair AS (
      SELECT h.id, h.n,
             sum(h.key_w * h.idf_pl) / greatest(kt.total, 1) AS key_cov,
             sum(CASE WHEN h.key_w = 0 THEN h.idf_pl * h.idf_pa ELSE 0 END) / 40.0 AS text_score
        FROM hits h JOIN key_total kt ON kt.id = h.id
       GROUP BY h.id, h.n, kt.total
    ),
    names AS (
      -- aliases, and tags that name the pledge ("CSG21"), each made into a query once
      SELECT x.pledge_id, x.alias, length(x.alias) <= 6 AND x.alias !~ ${JAPANESE_SCRIPT} AS short, plainto_tsquery('english', intake_spelling(x.alias)) AS q,
             count(*) OVER (PARTITION BY lower(x.alias)) AS sharing
        FROM (SELECT a.pledge_id, a.alias FROM pledge_aliases a WHERE a.pledge_id = ANY(${pledgeIds}::text[])
              UNION
              SELECT pt.pledge_id, t.label FROM pledge_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.pledge_id = ANY(${pledgeIds}::text[])) x
    ),
    alias_hits AS (
      -- a name only this pledge has counts in full; one shared by k pledges ("FOIP") 1/k
      SELECT nm.pledge_id AS id, pa.n, array_agg(DISTINCT nm.alias) AS aliases, max(1.0 / nm.sharing) AS alias_w
        FROM names nm
        JOIN pa ON (
          CASE WHEN nm.short
               -- short acronyms: the exact word, case as written (ACSA, not "acsa" inside a word)
               THEN nm.alias = ANY(pa.tokens)
               -- names: every word present (full-text), then close together (pg_trgm)
               ELSE pa.vec @@ nm.q AND (nm.alias !~ '\s' OR strict_word_similarity(lower(nm.alias), lower(pa.txt)) >= 0.8)
          END)
       GROUP BY nm.pledge_id, pa.n
    ),
    pre AS (
      -- cheap terms first; the costlier cover density and trigram similarity only for the
      -- few best passages of each pledge
      SELECT pair.id, pair.n, pair.key_cov, pair.text_score, ah.aliases, coalesce(ah.alias_w, 0) AS alias_w,
             ${w.key}::float8 * pair.key_cov + ${w.text}::float8 * least(pair.text_score, 1) + ${w.alias}::float8 * coalesce(ah.alias_w, 0) AS base,
             row_number() OVER (PARTITION BY pair.id ORDER BY ${w.key}::float8 * pair.key_cov + ${w.text}::float8 * least(pair.text_score, 1) + ${w.alias}::float8 * coalesce(ah.alias_w, 0) DESC) AS pk
        FROM pair
        LEFT JOIN alias_hits ah ON ah.id = pair.id AND ah.n = pair.n
    ),
    pl_q AS (
      -- the lexemes are stemmed already: cast, not to_tsquery (which would stem them again)
      SELECT x.id, string_agg(quote_literal(x.lexeme), ' | ')::tsquery AS q FROM pl_lex x WHERE x.key_w > 0 AND NOT x.para GROUP BY x.id
    ),
    ranked AS (
      SELECT pre.*, f.rank_cd, pre.base + ${w.rankCd}::float8 * least(f.rank_cd, 1) AS score
        FROM pre
        JOIN pa ON pa.n = pre.n
        JOIN pl_q ON pl_q.id = pre.id
        CROSS JOIN LATERAL (SELECT ts_rank_cd(pa.vec, pl_q.q, 1) AS rank_cd) f
       WHERE pre.pk <= 3
    ),
    best AS (
      SELECT r.*, row_number() OVER (PARTITION BY r.id ORDER BY r.score DESC, r.n) AS k FROM ranked r
    ),
    pa_words AS (
      SELECT DISTINCT pa.n, t.word, l.lexeme
        FROM pa, regexp_split_to_table(pa.txt, '[^[:alnum:]''’-]+') AS t(word), unnest(to_tsvector('english', intake_spelling(t.word))) AS l
    ),
    lexinfo AS (
      -- which lexemes matched, only for the passages returned (the reasons shown)
      SELECT h.id, h.n, jsonb_object_agg(h.lexeme, jsonb_build_object('key', h.key_w > 0, 'para', h.para, 'idf', round((h.idf_pl * h.idf_pa)::numeric, 2))) AS info
        FROM hits h JOIN best b ON b.id = h.id AND b.n = h.n AND b.k <= ${perPledge}::int
       GROUP BY h.id, h.n
    ),
    words AS (
      SELECT li.id, li.n, jsonb_agg(DISTINCT jsonb_build_object('word', wd.word, 'weight', CASE WHEN (li.info -> wd.lexeme ->> 'para')::boolean THEN 'paraphrase' WHEN (li.info -> wd.lexeme ->> 'key')::boolean THEN 'key' ELSE 'text' END,
                                                             'idf', (li.info -> wd.lexeme ->> 'idf')::float8)) AS words
        FROM lexinfo li
        JOIN pa_words wd ON wd.n = li.n AND li.info ? wd.lexeme
       GROUP BY li.id, li.n
    )
    -- the title's trigram similarity to the passage's closest words: shown, not scored (it
    -- costs a millisecond a pair on long paragraphs)
    SELECT b.n, b.id AS pledge_id, b.score::float8 AS score, b.key_cov::float8 AS key_cov, b.text_score::float8 AS text_score, b.alias_w::float8 AS alias_w,
           b.rank_cd::float8 AS rank_cd, word_similarity(pl.title, pa.txt)::float8 AS title_sim, b.aliases, wo.words
      FROM best b JOIN pl ON pl.id = b.id JOIN pa ON pa.n = b.n LEFT JOIN words wo ON wo.id = b.id AND wo.n = b.n
     WHERE b.k <= ${perPledge}::int
     ORDER BY b.id, b.score DESC`;
}
