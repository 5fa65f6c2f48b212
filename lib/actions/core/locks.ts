import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, StaleVersionError } from "./errors";

// Optimistic locking: a save names the version its form was opened at and bumps it, in one
// UPDATE ... WHERE version = $expected. A concurrent save of the same row waits on the row
// lock, then finds the version moved and is refused; nothing is overwritten. Taken first in
// each transaction so that the loser gives up before it has written anything.

export async function claimPledge(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  label: string,
): Promise<void> {
  const { count } = await tx.pledge.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (count === 1) return;
  const exists = await tx.pledge.count({ where: { id } });
  if (!exists) throw new NotFoundError(label);
  throw new StaleVersionError("pledge", id, version, label);
}

export async function claimUser(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  data: Prisma.UserUpdateManyMutationInput = {},
): Promise<void> {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const exists = await tx.user.count({ where: { id } });
  if (!exists) throw new NotFoundError("This account");
  throw new StaleVersionError("user", id, version, "This account");
}
