import "server-only";
import { checkRole, readRequiresSignIn } from "@/lib/auth/session";

// For the machine-readable routes (exports, API, briefing files): reading is open unless the
// deployment sets READ_REQUIRES_SIGN_IN=true, in which case a signed-in account is needed.
export async function readAccessDenied(): Promise<Response | null> {
  if (!readRequiresSignIn()) return null;
  const check = await checkRole("viewer");
  if (check.ok) return null;
  return Response.json({ error: { status: check.status, message: check.message } }, { status: check.status });
}
