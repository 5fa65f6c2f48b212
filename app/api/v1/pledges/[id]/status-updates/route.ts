import { recordStatusUpdate } from "@/lib/actions/status-updates/actions";
import { withDatabase } from "@/lib/http/api";
import { ZStatusUpdateBody } from "@/lib/validation/api-records";
import { answerWithAction, readJsonBody, unknownFields } from "@/lib/http/api-write";

// POST /api/v1/pledges/{id}/status-updates: records a status update (editors), exactly as the
// pledge page's form does: evidence checked, pledge version claimed, audited.
export const POST = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const extra = unknownFields(read.body, Object.keys(ZStatusUpdateBody.shape));
  if (extra) return extra;
  return answerWithAction(() => recordStatusUpdate(null, { ...read.body, pledgeId: id }), 201);
});
