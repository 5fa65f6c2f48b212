import { getPledgeRecord } from "@/lib/data/pledge-records";
import { API_HEADERS, apiError, apiJson } from "@/lib/http/api";
import { readAccessDenied } from "@/lib/http/read-access";
import { pathId } from "@/lib/validation/ids";

// GET /api/v1/pledges/{id}: one pledge with its status history.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const id = pathId((await params).id);
  const record = id ? await getPledgeRecord(id) : null;
  return record ? apiJson({ data: record }) : apiError(404, id ? `No pledge has the id “${id}”.` : "No pledge has that id.");
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: API_HEADERS });
}
