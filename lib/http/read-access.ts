import "server-only";
import { checkRole } from "@/lib/auth/session";
import { readRequiresSignIn } from "@/lib/auth/read-policy";
import { apiError } from "./api";

// For the machine-readable routes (exports, API, briefing files, openapi.json): reading is
// open unless the deployment sets READ_REQUIRES_SIGN_IN=true, in which case a signed-in
// account is needed. Asked first so the answer is a 401; the data layer checks again
// (lib/data/read-db.ts) in case a route forgot.
export async function readAccessDenied(): Promise<Response | null> {
  if (!readRequiresSignIn()) return null;
  const check = await checkRole("viewer");
  if (check.ok) return null;
  return apiError(check.status, check.message);
}
