import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { sameOriginPath } from "@/lib/auth/redirect";
import { ZParamChoice } from "./search-params";

// The sign-in page's search parameters (one schema; parse with parseSearchParams).
export const signInParams = {
  // Where to go after signing in: only a path of this site, else "/".
  callbackUrl: z
    .string()
    .optional()
    .transform((v) => sameOriginPath(v)),
  // The role a page needed (set by requireRole's redirect).
  denied: ZParamChoice(ROLES, "Not a role"),
  // next-auth's error code, or the throttle's message passed on by next-auth.
  error: z.string().max(200, "Too long").optional(),
  // Set after a password change.
  changed: z.string().max(10).optional(),
};
