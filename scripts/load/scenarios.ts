// The correctness scenarios shared by `npm run load` (large data, figures) and the CI test
// (small data, assertions): editors under load, two app instances, a database restart.
import { runEditors, runReaders, type EditorSession, type HotPledge } from "./editors";
import { sessionEmail, signIn } from "./session";
import { snapshotPledges, verifyWrites } from "./verify";
import type { Editor } from "./database";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Signs every editor in over HTTP, on the instance it will write through (round robin).
export async function signInEditors(origins: string[], editors: Editor[], password: string): Promise<EditorSession[]> {
  const sessions: EditorSession[] = [];
  for (const [i, editor] of editors.entries()) {
    const origin = origins[i % origins.length]!;
    const result = await signIn(origin, editor.email, password);
    if (!result.ok) throw new Error(`${editor.email} could not sign in on ${origin}: ${result.error}`);
    sessions.push({ userId: editor.id, cookie: result.cookie, origin });
  }
  return sessions;
}

// `sessions` editors write for `seconds` while `readers` readers load `readPaths`; then the
// database is checked write by write.
export async function editorsUnderLoad(opts: {
  databaseUrl: string;
  origins: string[];
  sessions: EditorSession[];
  pledges: HotPledge[];
  readPaths: string[];
  readers: number;
  seconds: number;
}) {
  const ids = opts.pledges.map((p) => p.id);
  const before = await snapshotPledges(opts.databaseUrl, ids);
  const until = sleep(opts.seconds * 1000);
  const [tally, reads] = await Promise.all([
    runEditors(opts.sessions, opts.pledges, until),
    runReaders(opts.origins, opts.readPaths, opts.readers, until),
  ]);
  const verdict = await verifyWrites(opts.databaseUrl, tally.accepted, before, [
    ...new Set(opts.sessions.map((s) => s.userId)),
  ]);
  return { tally, reads, verdict };
}

// Two instances behind one database: a session cookie from A is honoured by B, and failed
// sign-ins counted on A stop a correct password on B.
export async function sharedStateAcrossInstances(
  a: string,
  b: string,
  session: { cookie: string; email: string },
  victim: { email: string; password: string },
) {
  const sessionOnB = (await sessionEmail(b, session.cookie)) === session.email;
  let failures = 0;
  let limited = false;
  while (failures < 50 && !limited) {
    const attempt = await signIn(a, victim.email, `wrong password ${failures}`);
    failures += 1;
    limited = !attempt.ok && /too many/i.test(attempt.error);
  }
  const onB = await signIn(b, victim.email, victim.password);
  const limitSharedOnB = limited && !onB.ok && /too many/i.test(onB.error);
  return { sessionOnB, failuresBeforeLimit: failures, limitSharedOnB };
}
