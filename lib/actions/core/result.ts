import type { DiffRow } from "@/lib/domain/audit-diff";

// What every write action returns: the typed form state the forms render (useActionState),
// and what route handlers translate to HTTP (`status`). Shared by server and client code.

export type FieldErrors = Record<string, string[]>;

// A change someone else saved after the form was opened.
export type ConflictChange = { at: string; actor: string; action: string; changes: DiffRow[] };

export type ActionFailure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 422 | 500 | 503;
  code: "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict" | "error" | "unavailable";
  message: string;
  fieldErrors: FieldErrors;
  // What was submitted (passwords left out), so a refused form keeps the user's input.
  values?: Record<string, unknown>;
  conflict?: ConflictChange[];
};

type ActionSuccess<T> = { ok: true; message: string; data: T };
export type ActionResult<T = unknown> = ActionSuccess<T> | ActionFailure;
// `null` before the first submission.
export type ActionState<T = unknown> = ActionResult<T> | null;

// The shape of every exported action: (previous state, FormData or a plain object).
export type Action<T = unknown> = (prev: ActionState<T>, input: unknown) => Promise<ActionResult<T>>;

export function failure(
  status: ActionFailure["status"],
  code: ActionFailure["code"],
  message: string,
  extra: Partial<Pick<ActionFailure, "fieldErrors" | "values" | "conflict">> = {},
): ActionFailure {
  return {
    ok: false,
    status,
    code,
    message,
    fieldErrors: extra.fieldErrors ?? {},
    values: extra.values,
    conflict: extra.conflict,
  };
}
