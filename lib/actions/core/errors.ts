import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { failure, type ActionFailure, type FieldErrors } from "./result";

// Errors an action throws inside its transaction (rolling it back); the wrapper turns them
// into form state with plain words.

export class ActionError extends Error {
  constructor(
    readonly status: ActionFailure["status"],
    readonly code: ActionFailure["code"],
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

// Bad input that only the database can spot (a quote not in its paragraph, an unknown id).
export class FieldError extends ActionError {
  constructor(field: string, message: string) {
    super(422, "invalid", "Some fields need attention.", { [field]: [message] });
  }
}

export class NotFoundError extends ActionError {
  constructor(what: string) {
    super(404, "not_found", `${what} does not exist (any more). Reload the page.`);
  }
}

// The record's version moved on since the form was opened: someone else saved first.
export class StaleVersionError extends ActionError {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly expectedVersion: number,
    label: string,
  ) {
    super(
      409,
      "conflict",
      `${label} was changed by someone else since you opened it. Nothing of yours was saved; their change is shown below. Reload to start from their version.`,
    );
  }
}

// A record whose id (or other unique field) is taken: "A dialogue with this id already exists".
class AlreadyExistsError extends ActionError {
  constructor(field: string, message: string) {
    super(409, "conflict", `${message}.`, { [field]: [message] });
  }
}

// Rethrows a unique violation from `write` as AlreadyExistsError on `field`. The check is the
// database's own, so two admins creating the same id at once get the same plain answer.
export async function uniqueAs<T>(write: Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AlreadyExistsError(field, message);
    throw error;
  }
}

// The columns (or, through the pg adapter, the index name) a unique violation names.
function constraintName(error: Prisma.PrismaClientKnownRequestError): string {
  const meta = (error.meta ?? {}) as {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
  };
  const constraint = meta.driverAdapterError?.cause?.constraint;
  return [meta.target, constraint?.fields, constraint?.index].flat().filter(Boolean).map(String).join(" ");
}

const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is unavailable at the moment. Nothing was changed; try again in a few seconds.";

// Known database refusals in user words; null for anything unexpected.
export function databaseFailure(error: unknown): ActionFailure | null {
  // Checked first: a dropped connection mid-transaction rolls the whole write back.
  if (isDatabaseUnavailable(error)) return failure(503, "unavailable", DATABASE_UNAVAILABLE_MESSAGE);
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === "P2002") {
    const name = constraintName(error);
    const field = /email/.test(name) ? "email" : /corrects_?id/i.test(name) ? "updateId" : undefined;
    const message =
      field === "email"
        ? "An account with this e-mail already exists"
        : field === "updateId"
          ? "This update has already been corrected"
          : "This already exists";
    return failure(409, "conflict", `${message}.`, { fieldErrors: field ? { [field]: [message] } : {} });
  }
  if (error.code === "P2025")
    return failure(404, "not_found", "What you are changing does not exist (any more). Reload the page.");
  if (error.code === "P2003")
    return failure(422, "invalid", "The form refers to something that does not exist. Reload the page and try again.");
  return null;
}
