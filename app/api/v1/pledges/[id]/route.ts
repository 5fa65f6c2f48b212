import { cachedResponse } from "@/lib/http/response-cache";
import { updatePledge } from "@/lib/actions/pledges/actions";
import { checkRole } from "@/lib/auth/session";
import { getPledgeForEdit } from "@/lib/data/pledges";
import { getPledgeRecord } from "@/lib/data/pledges";
import { API_HEADERS, apiError, apiJson, withDatabase } from "@/lib/http/api";
import { answerWithAction, readJsonBody, unknownFields, writeError } from "@/lib/http/api-write";
import { readAccessDenied } from "@/lib/http/read-access";
import { ZPledgePatchBody } from "@/lib/validation/api-records";
import { pathId } from "@/lib/validation/ids";

// GET /api/v1/pledges/{id}: one pledge with its status history.
export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const id = pathId((await params).id);
  return cachedResponse(request, async () => {
    const record = id ? await getPledgeRecord(id) : null;
    return record
      ? apiJson({ data: record })
      : apiError(404, id ? `No pledge has the id “${id}”.` : "No pledge has that id.");
  });
});

// The fields a client may change: the write body's, less the version it claims.
const EDITABLE = Object.keys(ZPledgePatchBody.shape).filter(
  (key): key is Exclude<keyof typeof ZPledgePatchBody.shape, "version"> => key !== "version",
);

// PATCH /api/v1/pledges/{id}: changes some of a pledge's fields (editors). `version` is the
// one the client last read. The fields left out are filled from the pledge as stored now and
// the edit form's action saves the whole, claiming `version`: if the pledge moved on since the
// client read it, the claim fails and nothing is saved (409), so no concurrent change is
// overwritten by the filled-in fields.
export const PATCH = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = pathId((await params).id);
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const extra = unknownFields(read.body, Object.keys(ZPledgePatchBody.shape));
  if (extra) return extra;
  const allowed = await checkRole("editor");
  if (!allowed.ok) return writeError(allowed.status, allowed.message);
  const current = id ? await getPledgeForEdit(id) : null;
  if (!id || !current) return writeError(404, "No pledge has that id.");
  // The fields left out keep their stored values; if the pledge moved on from `version`, the
  // action's version check refuses the whole (409 with the change made since).
  const base: Record<string, unknown> = Object.fromEntries(EDITABLE.map((key) => [key, current[key] ?? undefined]));
  for (const key of EDITABLE) if (Object.hasOwn(read.body, key)) base[key] = read.body[key] ?? "";
  return answerWithAction(() => updatePledge(null, { ...base, version: read.body.version, pledgeId: id }), 200);
});

export function OPTIONS() {
  return new Response(null, { status: 204, headers: API_HEADERS });
}
