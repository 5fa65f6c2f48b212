import crypto from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DATA_DIR } from "@/lib/db/local-paths";
import { startApp, type AppInstance } from "@/scripts/load/app-server";
import { prepareLoadData, startLoadDatabase, type Editor, type LoadDatabase } from "@/scripts/load/database";
import { findHotPledges, type EditorSession, type HotPledge } from "@/scripts/load/editors";
import { runOutage } from "@/scripts/load/outage";
import { freePorts } from "@/tests/support/free-port";
import { editorsUnderLoad, sharedStateAcrossInstances, signInEditors } from "@/scripts/load/scenarios";

// The short version of `npm run load`'s fault scenarios, on small data and for a few seconds:
// editors racing each other through the write API while readers load pages, two app
// instances on one database, and the database stopped and started again mid-load. It asserts
// correctness (nothing lost or half-applied, no 5xx, clear answers during the outage, the app
// recovering by itself), never timings. It starts its own PostgreSQL (which it stops) and two
// `next start` instances of the build the other end-to-end tests use.

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-test";
const READ_PATHS = ["/", "/pledges?dialogue=d1", "/pledges/x42", "/api/v1/pledges?per_page=10", "/matrix?dialogue=d1"];

test.describe.configure({ mode: "serial", timeout: 240_000 });

let db: LoadDatabase;
let apps: AppInstance[] = [];
let editors: Editor[];
let pledges: HotPledge[];
let sessions: EditorSession[];
const password = crypto.randomBytes(12).toString("base64url");

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Ports the kernel says are free, not fixed ones another checkout may hold.
  const [pgPort, ...appPorts] = await freePorts(3);
  db = await startLoadDatabase(path.join(DATA_DIR, "faults-postgres"), pgPort!, "pt_faults");
  editors = (await prepareLoadData(db.url, { pledges: 400, updatesPerPledge: 3 }, 9, password)).editors;
  pledges = await findHotPledges(db.url, 12);
  const secret = crypto.randomBytes(32).toString("base64url");
  for (const port of appPorts) {
    apps.push(
      await startApp({
        port,
        distDir: DIST_DIR,
        databaseUrl: db.url,
        secret,
        logFile: path.join(DATA_DIR, `faults-next-${port}.log`),
      }),
    );
  }
});

test.afterAll(async () => {
  for (const app of apps) await app.stop();
  apps = [];
  await db?.close();
});

test("editors under load: every accepted write is kept with its audit event, refusals are 409 or 422, no 5xx", async () => {
  const a = apps[0]!.origin;
  sessions = await signInEditors([a], editors.slice(1), password);
  const run = await editorsUnderLoad({
    databaseUrl: db.url,
    origins: [a],
    sessions,
    pledges,
    readPaths: READ_PATHS,
    readers: 4,
    seconds: 5,
  });
  console.log(
    `editors under load: ${JSON.stringify({ ...run.tally, accepted: run.tally.accepted.length })}, readers ${JSON.stringify(run.reads)}`,
  );
  expect(run.verdict.problems).toEqual([]);
  expect(run.verdict.lost).toBe(0);
  expect(run.verdict.halfApplied).toBe(0);
  // Both kinds of write got through: status updates and pledge edits.
  expect(new Set(run.tally.accepted.map((w) => w.kind))).toEqual(new Set(["status", "edit"]));
  // Writes with a quote that is not in the paragraph were sent, and refused as such.
  expect(run.tally.invalid).toBeGreaterThan(0);
  expect(run.tally.otherRefusals).toEqual({});
  expect(run.tally.serverErrors + run.tally.unavailable + run.tally.networkErrors).toBe(0);
  expect(run.reads.serverErrors).toBe(0);
});

test("two instances on one database: sessions and sign-in limits are shared, nothing is lost", async () => {
  const [a, b] = apps.map((app) => app.origin) as [string, string];
  const [victim, first] = editors as [Editor, Editor];
  const signedIn = sessions.find((s) => s.userId === first.id)!;
  const shared = await sharedStateAcrossInstances(
    a,
    b,
    { cookie: signedIn.cookie, email: first.email },
    { email: victim.email, password },
  );
  expect(shared.sessionOnB).toBe(true);
  expect(shared.limitSharedOnB).toBe(true);

  const split = await signInEditors([a, b], editors.slice(1), password);
  const run = await editorsUnderLoad({
    databaseUrl: db.url,
    origins: [a, b],
    sessions: split,
    pledges,
    readPaths: READ_PATHS,
    readers: 4,
    seconds: 5,
  });
  expect(run.verdict.problems).toEqual([]);
  expect(run.verdict.lost + run.verdict.halfApplied).toBe(0);
  expect(run.tally.accepted.length).toBeGreaterThan(0);
  expect(run.tally.serverErrors + run.tally.unavailable + run.tally.networkErrors).toBe(0);
  expect(run.reads.serverErrors).toBe(0);
});

test("rendered once per data version: a write through one instance is read from the other at once", async () => {
  const [a, b] = apps.map((app) => app.origin) as [string, string];
  const editor = sessions[0]!;
  const pledge = pledges[0]!;
  const readOnB = async () => {
    const res = await fetch(`${b}/api/v1/pledges/${pledge.id}`);
    const body = (await res.json()) as { data: { version: number; title: string } };
    return { cache: res.headers.get("x-render-cache"), ...body.data };
  };
  const before = await readOnB();
  const cached = await readOnB();
  expect(cached).toEqual({ ...before, cache: "hit" });
  // The edit goes through instance A; B has the old answer cached.
  const title = `Edited through A at ${Date.now()}`;
  const cite = pledge.evidence[0]!;
  const res = await fetch(`${a}/api/v1/pledges/${pledge.id}`, {
    method: "PATCH",
    headers: { cookie: editor.cookie, "content-type": "application/json" },
    body: JSON.stringify({ version: before.version, title, paragraphId: cite.paragraphId, quote: cite.quote }),
  });
  expect(res.status).toBe(200);
  const after = await readOnB();
  expect(after).toMatchObject({ cache: "miss", title, version: before.version + 1 });
  expect((await readOnB()).cache).toBe("hit");
});

test("a database restart mid-load: clear 503s and pages, no hang, recovery without an app restart, nothing half-applied", async () => {
  const a = apps[0]!.origin;
  const editor = sessions[0]!;
  const outage = await runOutage({
    db,
    origin: a,
    editor,
    pledges,
    pagePath: "/pledges?dialogue=d1",
    apiPath: "/api/v1/pledges?per_page=5",
    downMs: 2_500,
    hangLimitMs: 15_000,
  });
  console.log(
    `restart: ${JSON.stringify({ ...outage, writes: { ...outage.writes, accepted: outage.writes.accepted.length } })}`,
  );
  expect(outage.duringOutage.answers).toBeGreaterThan(0);
  expect(outage.duringOutage.hung).toBe(0);
  expect(outage.duringOutage.apiOther).toBe(0);
  expect(outage.duringOutage.pagesUnclear).toBe(0);
  expect(Number.isFinite(outage.recoverySeconds)).toBe(true);
  expect(outage.serverErrorsOutside).toBe(0);
  expect(outage.verdict.problems).toEqual([]);
  expect(outage.verdict.lost + outage.verdict.halfApplied).toBe(0);
  expect(outage.writes.serverErrors).toBe(0);
  expect(outage.writes.invalid).toBe(0);
});

test("a reader sees the database-unavailable page during an outage and the page again after it", async ({ page }) => {
  const a = apps[0]!.origin;
  await db.stop();
  try {
    const response = await page.goto(`${a}/pledges?dialogue=d1`);
    await expect(page.getByRole("heading", { name: "The database is unavailable" })).toBeVisible();
    // A 503 with Retry-After, as the API answers, never a 500 that reads as a bug.
    expect(response?.status()).toBe(503);
    expect(Number(response?.headers()["retry-after"])).toBeGreaterThan(0);
    for (const path of ["/", "/pledges/x42", "/matrix?dialogue=d1", "/briefing?dialogue=d1", "/meetings", "/charts"]) {
      const res = await fetch(`${a}${path}`);
      const body = await res.text();
      expect({
        path,
        status: res.status,
        unavailable: /DATABASE_UNAVAILABLE|database is unavailable/.test(body),
      }).toEqual({
        path,
        status: 503,
        unavailable: true,
      });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  } finally {
    await db.start();
  }
  await expect(async () => {
    await page.goto(`${a}/pledges?dialogue=d1`);
    await expect(page.getByRole("heading", { name: "Pledges", exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
