import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FieldError } from "@/lib/actions/core/errors";

// Admins cannot lock everyone out: the last enabled admin keeps the role. An advisory lock
// serialises these checks, so two admins demoting each other at once cannot both succeed.
export async function keepAnAdmin(
  tx: Prisma.TransactionClient,
  userId: string,
  field: string,
  refusal: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('pledge-tracker:admins'))`;
  const others = await tx.user.count({ where: { role: "admin", disabled: false, id: { not: userId } } });
  if (others === 0) throw new FieldError(field, refusal);
}

// The refusals come in the reader's language (account.action in the catalogues).
export function notSelf(actorId: string, userId: string, field: string, refusal: string): void {
  if (actorId === userId) throw new FieldError(field, refusal);
}
