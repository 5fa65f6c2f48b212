import { afterEach, describe, expect, it } from "vitest";
import { GET as getAreas } from "@/app/api/v1/areas/route";
import { GET as getMeetings } from "@/app/api/v1/meetings/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPledge } from "@/app/api/v1/pledges/[id]/route";
import { GET as getPledges, OPTIONS as optionsPledges } from "@/app/api/v1/pledges/route";
import { today } from "@/lib/domain/dates";
import { isOpen } from "@/lib/domain/status";
import { openApiDocument } from "@/lib/http/openapi";
import { areaApiParams, meetingApiParams, pledgeApiParams } from "@/lib/validation/api-params";
import { countedPledgesOf, data, expectedDeadline, expectedStatus, pledgesOf } from "./expected-from-seed";
import { actAs, createTestUser } from "./support/acting";

// The public read-only API, called as Next calls its route handlers.

type Page<T> = {
  data: T[];
  meta: { page: number; perPage: number; total: number; pages: number };
  links: Record<string, string | null>;
};
type ApiPledge = {
  id: string;
  status: { current: string; overdue: boolean };
  history: { status: string; source: unknown }[];
} & Record<string, unknown>;

const req = (path: string) => new Request(`http://localhost${path}`);
async function json<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await response;
  expect(r.status).toBe(status);
  expect(r.headers.get("access-control-allow-origin")).toBe("*");
  return (await r.json()) as T;
}
const pledge = (id: string) => getPledge(req(`/api/v1/pledges/${id}`), { params: Promise.resolve({ id }) });
const sortedIds = data.pledges.map((p) => p.id).sort();

describe("GET /api/v1/pledges", () => {
  it("pages through every pledge in id order, 25 at a time by default", async () => {
    const first = await json<Page<ApiPledge>>(getPledges(req("/api/v1/pledges")));
    expect(first.meta).toEqual({
      page: 1,
      perPage: 25,
      total: data.pledges.length,
      pages: Math.ceil(data.pledges.length / 25),
    });
    expect(first.data.map((p) => p.id)).toEqual(sortedIds.slice(0, 25));
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe("/api/v1/pledges?page=2&per_page=25");

    const seen: string[] = [];
    for (let url: string | null = "/api/v1/pledges?per_page=40"; url;) {
      const page: Page<ApiPledge> = await json(getPledges(req(url)));
      seen.push(...page.data.map((p) => p.id));
      url = page.links.next ?? null;
    }
    expect(seen).toEqual(sortedIds);
  });

  it("filters like the pledges page", async () => {
    const inProgress = await json<Page<ApiPledge>>(
      getPledges(req("/api/v1/pledges?dialogue=japan-uk&status=in_progress&per_page=100")),
    );
    const expected = pledgesOf("japan-uk").filter((p) => expectedStatus(p) === "in_progress");
    expect(inProgress.meta.total).toBe(expected.length);
    expect(inProgress.data.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());

    const overdue = await json<Page<ApiPledge>>(getPledges(req("/api/v1/pledges?overdue=true&per_page=100")));
    const now = today();
    const expectedOverdue = data.pledges.filter(
      (p) => expectedDeadline(p, now) === "overdue" && isOpen(expectedStatus(p)!),
    );
    expect(overdue.meta.total).toBe(expectedOverdue.length);
    expect(overdue.data.every((p) => p.status.overdue)).toBe(true);

    const range = await json<Page<ApiPledge>>(
      getPledges(req("/api/v1/pledges?from=2021-01-01&to=2021-01-31&dialogue=japan-uk")),
    );
    const meetingDate = new Map(data.meetings.map((m) => [m.id, m.date]));
    expect(range.meta.total).toBe(
      pledgesOf("japan-uk").filter(
        (p) => meetingDate.get(p.meeting)! >= "2021-01-01" && meetingDate.get(p.meeting)! <= "2021-01-31",
      ).length,
    );
    expect(range.data.map((p) => p.id)).toContain("jpuk-carrier-strike-group");
  });

  it("answers 400 naming each bad parameter", async () => {
    const body = await json<{ error: { status: number; details: Record<string, string[]> } }>(
      getPledges(req("/api/v1/pledges?per_page=500&page=0&status=finished&from=2021-02-30")),
      400,
    );
    expect(Object.keys(body.error.details).sort()).toEqual(["from", "page", "per_page", "status"]);
    expect(body.error.details.per_page).toEqual(["Use a whole number from 1 to 100"]);
  });

  it("answers CORS preflight requests", () => {
    const r = optionsPledges();
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});

describe("GET /api/v1/pledges/{id}", () => {
  it("links a superseded pledge to the later pledge that counts for it, both ways", async () => {
    const earlier = await json<{ data: ApiPledge & { supersededBy: string | null } }>(pledge("jpuk-2015-eu-japan-epa"));
    expect(earlier.data).toMatchObject({ supersededBy: "jpuk-eu-japan-epa-2016", status: { current: "dropped" } });
    const later = await json<{ data: ApiPledge & { supersededBy: string | null } }>(pledge("jpuk-eu-japan-epa-2016"));
    expect(later.data).toMatchObject({
      supersededBy: null,
      predecessor: { id: "jpuk-2015-eu-japan-epa", link: "supersedes" },
    });
  });

  it("gives one pledge with its status history and citations", async () => {
    const body = await json<{ data: ApiPledge }>(pledge("jpuk-jnaam"));
    expect(body.data).toMatchObject({
      id: "jpuk-jnaam",
      side: "both",
      area: { id: "defence-equipment" },
      source: { documentId: "jpuk-2016-statement", paragraph: "15" },
      status: { current: "in_progress", since: "2021-02-03", overdue: false, pastTargetUnconfirmed: false },
      tags: ["JNAAM", "Meteor"],
    });
    expect(body.data.history.map((h) => h.status)).toEqual(["in_progress", "in_progress"]);
    expect(body.data.history[1]!.source).toEqual({
      documentId: "jdf-134",
      paragraph: "2(5)",
      quote:
        "emphasised the importance of the research programme for the demonstration of a joint new air-to-air missile",
    });
    expect(JSON.stringify(body)).not.toMatch(/recordedBy|passwordHash/);
  });

  it("answers 404 for an unknown id", async () => {
    const body = await json<{ error: { message: string } }>(pledge("no-such-pledge"), 404);
    expect(body.error.message).toBe("No pledge has the id “no-such-pledge”.");
  });
});

describe("GET /api/v1/meetings and /api/v1/areas", () => {
  it("lists a dialogue's meetings oldest first with their documents", async () => {
    const body = await json<Page<{ id: string; date: string; documents: { id: string }[]; pledgesMade: number }>>(
      getMeetings(req("/api/v1/meetings?dialogue=japan-uk")),
    );
    const uk = data.meetings.filter((m) => m.dialogue === "japan-uk").sort((a, b) => a.date.localeCompare(b.date));
    expect(body.data.map((m) => m.id)).toEqual(uk.map((m) => m.id));
    expect(body.data[1]!.documents.map((d) => d.id)).toContain("jpuk-2016-statement");
    expect(body.data[1]!.pledgesMade).toBe(
      pledgesOf("japan-uk").filter((p) => p.meeting === "jpuk-2plus2-2016").length,
    );
    expect((await json<Page<unknown>>(getMeetings(req("/api/v1/meetings")))).meta.total).toBe(data.meetings.length);
  });

  it("gives each meeting's participants, whether its statement is collected and when it was reviewed", async () => {
    type M = {
      id: string;
      statementCollected: boolean;
      reviewedOn: string | null;
      participants: { name: string; office: string; side: string }[];
    };
    const body = await json<Page<M>>(getMeetings(req("/api/v1/meetings?dialogue=japan-uk")));
    const third = body.data.find((m) => m.id === "jpuk-2plus2-2017")!;
    expect(third).toMatchObject({ statementCollected: false, reviewedOn: null });
    expect(third.participants.map((p) => `${p.name}/${p.side}`)).toEqual([
      "Taro Kono/japan",
      "Itsunori Onodera/japan",
      "Boris Johnson/partner",
      "Gavin Williamson/partner",
    ]);
    for (const m of body.data.filter((x) => x.id !== third.id)) {
      expect(m.statementCollected, m.id).toBe(true);
      expect(m.reviewedOn, m.id).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
      expect(m.participants, m.id).toEqual(data.meetings.find((x) => x.id === m.id)!.participants);
    }
  });

  it("lists the areas with pledge counts that add up to the data set, a superseded pledge counted once", async () => {
    const all = await json<Page<{ id: string; pledges: number; byStatus: Record<string, number> }>>(
      getAreas(req("/api/v1/areas?per_page=100")),
    );
    expect(all.data.map((a) => a.id)).toEqual(data.areas.map((a) => a.id));
    expect(all.data.reduce((n, a) => n + a.pledges, 0)).toBe(countedPledgesOf().length);
    const uk = await json<Page<{ pledges: number }>>(getAreas(req("/api/v1/areas?dialogue=japan-uk&per_page=100")));
    expect(uk.data.reduce((n, a) => n + a.pledges, 0)).toBe(countedPledgesOf("japan-uk").length);
    const paged = await json<Page<{ id: string }>>(getAreas(req("/api/v1/areas?per_page=5&page=3")));
    expect(paged.data.map((a) => a.id)).toEqual(data.areas.slice(10, 15).map((a) => a.id));
  });
});

describe("the OpenAPI document", () => {
  it("is served, and every path it lists answers with the required fields of its schema", async () => {
    const doc = await json<typeof openApiDocument>(getOpenApi());
    expect(doc.openapi).toBe("3.1.0");
    const handlers: Record<string, () => Promise<Response>> = {
      "/api/v1/pledges": () => getPledges(req("/api/v1/pledges?per_page=3")),
      "/api/v1/pledges/{id}": () => pledge("jpuk-acsa"),
      "/api/v1/meetings": () => getMeetings(req("/api/v1/meetings?per_page=3")),
      "/api/v1/areas": () => getAreas(req("/api/v1/areas?per_page=3")),
    };
    // Reads here; the writes (POST, PATCH) in api-write.test.ts.
    const readPaths = Object.entries(doc.paths)
      .filter(([, ops]) => Object.hasOwn(ops, "get"))
      .map(([path]) => path);
    expect(readPaths.sort()).toEqual(Object.keys(handlers).sort());
    const schemas = openApiDocument.components.schemas;
    const itemSchema = {
      "/api/v1/pledges": schemas.Pledge,
      "/api/v1/pledges/{id}": schemas.Pledge,
      "/api/v1/meetings": schemas.Meeting,
      "/api/v1/areas": schemas.Area,
    };
    for (const [path, call] of Object.entries(handlers)) {
      const body = await json<{ data: Record<string, unknown> | Record<string, unknown>[] }>(call());
      const items = Array.isArray(body.data) ? body.data : [body.data];
      expect(items.length, path).toBeGreaterThan(0);
      for (const item of items)
        for (const field of itemSchema[path as keyof typeof itemSchema].required)
          expect(item, `${path} ${field}`).toHaveProperty(field);
    }
  });
});

describe("the OpenAPI document's parameters", () => {
  // The API refuses parameters its shape does not read, so the document must list exactly those.
  it("are exactly the ones each handler's parameter shape reads", () => {
    const documented = (path: "/api/v1/pledges" | "/api/v1/meetings" | "/api/v1/areas") =>
      (openApiDocument.paths[path].get.parameters as readonly { name: string; in: string }[])
        .filter((p) => p.in === "query")
        .map((p) => p.name)
        .sort();
    expect(documented("/api/v1/pledges")).toEqual(Object.keys(pledgeApiParams).sort());
    expect(documented("/api/v1/meetings")).toEqual(Object.keys(meetingApiParams).sort());
    expect(documented("/api/v1/areas")).toEqual(Object.keys(areaApiParams).sort());
  });
});

describe("when the deployment requires sign-in to read", () => {
  afterEach(() => {
    delete process.env.READ_REQUIRES_SIGN_IN;
  });

  it("refuses anonymous readers and serves signed-in ones", async () => {
    process.env.READ_REQUIRES_SIGN_IN = "true";
    await actAs(null);
    expect((await getPledges(req("/api/v1/pledges"))).status).toBe(401);
    await actAs(await createTestUser("viewer"));
    expect((await getPledges(req("/api/v1/pledges"))).status).toBe(200);
  });
});
