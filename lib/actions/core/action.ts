import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkRole, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { conflictChanges, writeAudit, type AuditInput } from "./audit";
import { actionEffects } from "./effects";
import { ActionError, databaseFailure, StaleVersionError } from "./errors";
import { echoValues, formDataToObject } from "./form-data";
import { failure, type ActionResult, type ActionState, type FieldErrors } from "./result";
import { UNSTORABLE_MESSAGE, unstorablePaths } from "@/lib/validation/storable";

// The one way to write: every server action (and the CSV import) is built with
// `editorAction(schema, fn)` or `adminAction(schema, fn)`. On the server, per call:
//  1. who is asking: session re-checked against the users table (disabled = refused now);
//  2. the role, here and never only in the UI (401 anonymous, 403 too weak a role);
//  3. zod validation, with field-level messages;
//  4. fn and its audit events in ONE transaction: all saved or nothing;
//  5. known refusals (stale version, unique, not found) in plain words.
// The returned function takes (previous state, FormData | plain object), as useActionState
// and `await action(null, input)` in a route handler both call it.

export type ActionContext = {
  user: SessionUser;
  tx: Prisma.TransactionClient;
  // Records who changed what; an action that writes without calling it is rolled back.
  audit: (event: AuditInput) => Promise<void>;
};

export type ActionOutcome<T> = { data: T; message: string; redirectTo?: string };

function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function action<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<ActionOutcome<T>>,
) {
  return async function run(_prev: ActionState<T>, raw: unknown): Promise<ActionResult<T>> {
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const values = echoValues(input);
    let allowed: Awaited<ReturnType<typeof checkRole>>;
    try {
      allowed = await checkRole(role);
    } catch (error) {
      const known = databaseFailure(error);
      if (known) return { ...known, values };
      throw error;
    }
    if (!allowed.ok)
      return failure(allowed.status, allowed.status === 401 ? "unauthenticated" : "forbidden", allowed.message);

    const unstorable = unstorablePaths(input);
    if (unstorable.length) {
      const fieldErrors = Object.fromEntries(unstorable.map((path) => [path, [UNSTORABLE_MESSAGE]]));
      return failure(422, "invalid", "Some fields need attention.", { fieldErrors, values: undefined });
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return failure(422, "invalid", "Some fields need attention.", {
        fieldErrors: zodFieldErrors(parsed.error),
        values,
      });
    }
    let outcome: ActionOutcome<T>;
    try {
      outcome = await db.$transaction(
        async (tx) => {
          let audited = 0;
          const audit = (event: AuditInput) => {
            audited += 1;
            return writeAudit(tx, allowed.user, event);
          };
          const result = await fn(parsed.data, { user: allowed.user, tx, audit });
          if (audited === 0) throw new Error("An action wrote without recording an audit event");
          return result;
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    } catch (error) {
      if (error instanceof StaleVersionError) {
        return failure(409, "conflict", error.message, { values, conflict: await conflictChanges(error) });
      }
      if (error instanceof ActionError)
        return failure(error.status, error.code, error.message, { fieldErrors: error.fieldErrors, values });
      const known = databaseFailure(error);
      if (known) return { ...known, values };
      console.error("Action failed:", error);
      return failure(
        500,
        "error",
        "The change could not be saved because of an unexpected error. Nothing was changed; try again.",
        { values },
      );
    }
    // After the commit and outside the try: redirect() works by throwing.
    const effects = actionEffects();
    effects.revalidateAll();
    if (outcome.redirectTo) effects.redirect(outcome.redirectTo);
    return { ok: true, message: outcome.message, data: outcome.data };
  };
}

export function editorAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<ActionOutcome<T>>,
) {
  return action("editor", schema, fn);
}

export function adminAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<ActionOutcome<T>>,
) {
  return action("admin", schema, fn);
}

// Any signed-in account (changing one's own password).
export function signedInAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<ActionOutcome<T>>,
) {
  return action("viewer", schema, fn);
}
