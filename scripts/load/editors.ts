// Editors under load: each editor reads a pledge over the API, then records a status update
// or edits its title with the version it read, through the authenticated write API (the
// same server actions as the forms). Pledges are few, so editors collide: the loser of each
// collision must be refused with 409, never overwrite. Some writes carry a quote that is not
// in the cited paragraph and must be refused with 422.
import pg from "pg";

type Evidence = { meetingId: string; paragraphId: string; quote: string };
// `evidence[0]` cites the meeting that made the pledge: an edit re-cites it, since the edit
// form's action checks the pledge's citation again (the synthetic pledges' quotes are not
// taken from their paragraphs).
export type HotPledge = { id: string; evidence: Evidence[] };
export type EditorSession = { userId: string; cookie: string; origin: string };

export type AcceptedWrite =
  | { kind: "status"; pledgeId: string; version: number; userId: string; updateId: string; note: string }
  | { kind: "edit"; pledgeId: string; version: number; userId: string; title: string };

export type EditorTally = {
  attempts: number;
  accepted: AcceptedWrite[];
  conflicts: number; // 409
  invalid: number; // 422
  unavailable: number; // 503 (only expected while the database is down)
  otherRefusals: Record<string, number>;
  serverErrors: number; // 5xx other than 503
  networkErrors: number;
  // The first answer seen for each refusal status, to tell what was refused and why.
  examples: Record<string, string>;
};

export const emptyTally = (): EditorTally => ({
  attempts: 0,
  accepted: [],
  conflicts: 0,
  invalid: 0,
  unavailable: 0,
  otherRefusals: {},
  serverErrors: 0,
  networkErrors: 0,
  examples: {},
});

const STATUSES = ["in_progress", "partly_delivered", "delivered", "stalled"] as const;

// The hot pledges with the evidence an editor may cite: the first paragraph of each meeting
// of the pledge's dialogue held on or after the meeting that made it.
export async function findHotPledges(url: string, count: number): Promise<HotPledge[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; meeting_id: string; paragraph_id: string; text: string }>(
      `WITH hot AS (SELECT id FROM pledges ORDER BY id LIMIT $1)
       SELECT p.id, m.id AS meeting_id, para.id AS paragraph_id, para.text
         FROM hot JOIN pledges p ON p.id = hot.id JOIN meetings pm ON pm.id = p.meeting_id
         JOIN meetings m ON m.dialogue_id = p.dialogue_id AND m.date >= pm.date AND m.date <= current_date
         JOIN meeting_documents md ON md.meeting_id = m.id
         JOIN paragraphs para ON para.document_id = md.document_id
        WHERE para.position = (SELECT min(position) FROM paragraphs WHERE document_id = md.document_id)
        ORDER BY p.id, m.date`,
      [count],
    );
    const byId = new Map<string, Evidence[]>();
    for (const r of rows) {
      const list = byId.get(r.id) ?? [];
      list.push({ meetingId: r.meeting_id, paragraphId: r.paragraph_id, quote: r.text.slice(0, 40).trim() });
      byId.set(r.id, list);
    }
    return [...byId].map(([id, evidence]) => ({ id, evidence }));
  } finally {
    await client.end();
  }
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

async function send(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: res.status, body };
  } catch {
    return null;
  }
}

function count(tally: EditorTally, status: number | null, body?: Record<string, unknown>) {
  if (status !== null && body) tally.examples[String(status)] ??= JSON.stringify(body.error ?? body).slice(0, 300);
  if (status === null) tally.networkErrors += 1;
  else if (status === 409) tally.conflicts += 1;
  else if (status === 422) tally.invalid += 1;
  else if (status === 503) tally.unavailable += 1;
  else if (status >= 500) tally.serverErrors += 1;
  else tally.otherRefusals[String(status)] = (tally.otherRefusals[String(status)] ?? 0) + 1;
}

let sequence = 0;

// One editor's read-then-write; `invalidEvery` > 0 sends a quote that is not in the paragraph
// every so often.
export async function editOnce(
  editor: EditorSession,
  pledges: HotPledge[],
  tally: EditorTally,
  opts: { invalidEvery: number; timeoutMs: number },
) {
  const pledge = pick(pledges);
  const n = ++sequence;
  tally.attempts += 1;
  const read = await send(
    `${editor.origin}/api/v1/pledges/${pledge.id}`,
    { headers: { cookie: editor.cookie } },
    opts.timeoutMs,
  );
  if (!read || read.status !== 200) return count(tally, read?.status ?? null, read?.body);
  const version = (read.body.data as { version: number }).version;
  const headers = { cookie: editor.cookie, "content-type": "application/json" };
  // Three status updates for every two edits.
  if (n % 5 < 3) {
    const evidence = pick(pledge.evidence);
    const bad = opts.invalidEvery > 0 && n % opts.invalidEvery === 0;
    const note = `load write ${n} by ${editor.userId}`;
    const body = {
      version,
      status: pick(STATUSES),
      meetingId: evidence.meetingId,
      paragraphId: evidence.paragraphId,
      quote: bad ? "words that are not in the paragraph" : evidence.quote,
      note,
    };
    const res = await send(
      `${editor.origin}/api/v1/pledges/${pledge.id}/status-updates`,
      { method: "POST", headers, body: JSON.stringify(body) },
      opts.timeoutMs,
    );
    if (res?.status === 201) {
      const updateId = (res.body.data as { updateId: string }).updateId;
      tally.accepted.push({ kind: "status", pledgeId: pledge.id, version, userId: editor.userId, updateId, note });
    } else count(tally, res?.status ?? null, res?.body);
  } else {
    const title = `Pledge ${pledge.id} as edited by load write ${n}`;
    const cite = pledge.evidence[0]!;
    const body = { version, title, paragraphId: cite.paragraphId, quote: cite.quote };
    const res = await send(
      `${editor.origin}/api/v1/pledges/${pledge.id}`,
      { method: "PATCH", headers, body: JSON.stringify(body) },
      opts.timeoutMs,
    );
    if (res?.status === 200)
      tally.accepted.push({ kind: "edit", pledgeId: pledge.id, version, userId: editor.userId, title });
    else count(tally, res?.status ?? null, res?.body);
  }
}

// Every editor edits in a loop until `until` resolves.
export async function runEditors(
  editors: EditorSession[],
  pledges: HotPledge[],
  until: Promise<unknown>,
  opts = { invalidEvery: 7, timeoutMs: 30_000 },
): Promise<EditorTally> {
  const tally = emptyTally();
  let done = false;
  void until.then(() => (done = true));
  await Promise.all(
    editors.map(async (editor) => {
      while (!done) await editOnce(editor, pledges, tally, opts);
    }),
  );
  return tally;
}

// Readers loading pages at the same time; counts answers by class.
export async function runReaders(origins: string[], paths: string[], readers: number, until: Promise<unknown>) {
  const seen = { ok: 0, serverErrors: 0, other: 0 };
  let done = false;
  void until.then(() => (done = true));
  await Promise.all(
    Array.from({ length: readers }, async (_, i) => {
      while (!done) {
        const origin = origins[i % origins.length]!;
        const res = await send(`${origin}${pick(paths)}`, {}, 60_000);
        if (!res) seen.other += 1;
        else if (res.status >= 500) seen.serverErrors += 1;
        else if (res.status < 400) seen.ok += 1;
        else seen.other += 1;
      }
    }),
  );
  return seen;
}
