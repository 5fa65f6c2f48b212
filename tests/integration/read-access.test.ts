import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { requireReader, requireRole } from "@/lib/auth/session";
import { db as readDb } from "@/lib/data/read-db";
import { listMeetings } from "@/lib/data/meetings";
import { headlineFigures } from "@/lib/data/cached";
import { actAs, createTestUser } from "./support/acting";

// Reading is open unless READ_REQUIRES_SIGN_IN=true; editor pages send the wrong people to
// the sign-in page. (Next's redirect() works by throwing; its digest carries the target.)

const redirectTarget = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
};

afterEach(() => {
  delete process.env.READ_REQUIRES_SIGN_IN;
});

describe("requireReader", () => {
  it("lets anyone read by default", async () => {
    await actAs(null);
    expect(await redirectTarget(() => requireReader())).toBeNull();
  });

  it("sends anonymous readers to sign in when the deployment requires it, and lets any account read", async () => {
    process.env.READ_REQUIRES_SIGN_IN = "true";
    await actAs(null);
    expect(await redirectTarget(() => requireReader("/pledges"))).toBe("/sign-in?callbackUrl=%2Fpledges");
    await actAs(await createTestUser("viewer"));
    expect(await redirectTarget(() => requireReader("/pledges"))).toBeNull();
  });
});

describe("requireRole (editor pages)", () => {
  it("redirects anonymous users and too-weak roles, and admits the rest", async () => {
    await actAs(null);
    expect(await redirectTarget(() => requireRole("editor", "/edit/audit"))).toBe(
      "/sign-in?callbackUrl=%2Fedit%2Faudit",
    );
    await actAs(await createTestUser("viewer"));
    expect(await redirectTarget(() => requireRole("editor", "/edit/audit"))).toBe(
      "/sign-in?callbackUrl=%2Fedit%2Faudit&denied=editor",
    );
    await actAs(await createTestUser("admin"));
    expect(await redirectTarget(() => requireRole("editor", "/edit/audit"))).toBeNull();
  });
});

// Every route handler under app/ that answers GET, found by walking the folder (so a new one
// cannot be forgotten), with a plausible id for dynamic segments.
function routeFiles(dir = path.join(process.cwd(), "app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "auth" ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const urlOf = (file: string) =>
  path
    .relative(path.join(process.cwd(), "app"), path.dirname(file))
    .split(path.sep)
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part) => (part === "[locale]" ? "en" : part.startsWith("[") ? "jpuk-jnaam" : part))
    .join("/");

describe("READ_REQUIRES_SIGN_IN=true: every read path", () => {
  const routes = routeFiles();

  it("finds the route handlers (API, openapi.json, downloads)", () => {
    const urls = routes.map(urlOf);
    for (const expected of [
      "api/v1/pledges",
      "api/v1/openapi.json",
      "en/pledges/pledges.csv",
      "en/briefing/briefing.pdf",
    ])
      expect(urls).toContain(expected);
  });

  it("answers 401 to anonymous readers on every route handler, and never caches publicly", async () => {
    process.env.READ_REQUIRES_SIGN_IN = "true";
    await actAs(null);
    for (const file of routes) {
      const mod = (await import(/* @vite-ignore */ file)) as {
        GET?: (req: Request, ctx: unknown) => Promise<Response>;
      };
      if (!mod.GET) continue;
      const url = urlOf(file);
      const res = await mod.GET(new Request(`http://localhost/${url}`), {
        params: Promise.resolve({ id: "jpuk-jnaam" }),
      });
      expect(res.status, url).toBe(401);
      expect(await res.text(), url).not.toMatch(/jpuk-jnaam|Joint New Air-to-Air|openapi/i);
    }
    await actAs(await createTestUser("viewer"));
    const { GET } = await import("@/app/api/v1/pledges/route");
    const res = await GET(new Request("http://localhost/api/v1/pledges"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    expect(res.headers.get("vary")).toBe("Cookie");
  });

  it("refuses anonymous reads in the data layer itself, model queries and raw SQL alike", async () => {
    process.env.READ_REQUIRES_SIGN_IN = "true";
    await actAs(null);
    expect(await redirectTarget(() => readDb.pledge.findFirst({ select: { id: true } }))).toBe("/sign-in");
    expect(await redirectTarget(() => readDb.$queryRaw`SELECT 1`)).toBe("/sign-in");
    expect(await redirectTarget(() => listMeetings())).toBe("/sign-in");
    await actAs(await createTestUser("viewer"));
    expect(await redirectTarget(() => readDb.$queryRaw`SELECT 1`)).toBeNull();
    // An aggregate a signed-in reader put in the cache is not served to an anonymous one.
    expect(await redirectTarget(() => headlineFigures({}))).toBeNull();
    await actAs(null);
    expect(await redirectTarget(() => headlineFigures({}))).toBe("/sign-in");
  });

  it("has every lib/data module read through the guarded client", () => {
    const dir = path.join(process.cwd(), "lib/data");
    for (const name of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, name), "utf8");
      if (name !== "read-db.ts") expect(source, name).not.toMatch(/from "@\/lib\/db\/client"|new PrismaClient/);
    }
  });

  it("is open by default, cacheable for a minute", async () => {
    await actAs(null);
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
  });
});
