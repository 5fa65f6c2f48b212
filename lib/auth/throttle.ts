import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { THROTTLE, waitMinutes, type Failures, type ThrottleKey } from "./throttle-policy";

// Failures counted in PostgreSQL (sign_in_attempts), so every app instance shares them and
// they survive restarts. Each attempt is written (as a failure) before the count, so
// parallel guesses see each other; a refused one is then marked `throttled` (not a failure).

export type Purpose = "sign_in" | "password_change";
export type AttemptSource = { email: string; address: string | null; device: string | null };

const COLUMN: Record<ThrottleKey, Prisma.Sql> = {
  account: Prisma.raw("email"),
  address: Prisma.raw("address"),
  device: Prisma.raw("device"),
};

// Recent failures against one key, read from at most THROTTLE.countLimit rows. Account and
// device counts restart at their last success; the address count is a sliding hour.
async function failuresFor(key: ThrottleKey, value: string, purpose: Purpose, self: bigint): Promise<Failures> {
  const column = COLUMN[key];
  const since =
    key === "address"
      ? Prisma.sql`now() - make_interval(mins => ${THROTTLE.addressWindowMinutes}::int)`
      : Prisma.sql`GREATEST(now() - make_interval(hours => ${THROTTLE.lookbackHours}::int),
          COALESCE((SELECT max(s.created_at) FROM sign_in_attempts s
                     WHERE s.${column} = ${value} AND s.purpose = ${purpose} AND s.succeeded), '-infinity'))`;
  const [row] = await db.$queryRaw<{ count: number; last: Date | null }[]>`
    SELECT count(*)::int AS count, max(f.created_at) AS last FROM (
      SELECT a.created_at FROM sign_in_attempts a
       WHERE a.${column} = ${value} AND a.purpose = ${purpose} AND NOT a.succeeded AND NOT a.throttled
         AND a.id <> ${self} AND a.created_at > ${since}
       ORDER BY a.created_at DESC LIMIT ${THROTTLE.countLimit}
    ) f`;
  return { count: row?.count ?? 0, last: row?.last ?? null };
}

export type Attempt = { id: bigint; waitMinutes: number };

// Records an attempt and says how long it must wait (0: check the password now). A browser
// with this account's device cookie is judged on its own failures instead of the account's,
// so guesses from elsewhere cannot keep the account's owner out.
export async function beginAttempt(source: AttemptSource, purpose: Purpose): Promise<Attempt> {
  await db.signInAttempt.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - THROTTLE.lookbackHours * 3_600_000) } },
  });
  const { id } = await db.signInAttempt.create({
    data: { email: source.email, address: source.address, device: source.device, purpose },
    select: { id: true },
  });
  // A browser that signed in to the account before is judged on its own failures alone: neither
  // guesses at the account nor a spray from its address (a shared office, or every client of
  // a proxy not declared with TRUST_PROXY) keeps it out.
  const keys: [ThrottleKey, string][] = source.device
    ? [["device", source.device]]
    : [["account", source.email], ...(source.address ? [["address", source.address] as [ThrottleKey, string]] : [])];
  const now = new Date();
  let wait = 0;
  for (const [key, value] of keys) {
    wait = Math.max(wait, waitMinutes(await failuresFor(key, value, purpose, id), THROTTLE.thresholds[key], now));
  }
  if (wait > 0) await db.signInAttempt.update({ where: { id }, data: { throttled: true }, select: { id: true } });
  return { id, waitMinutes: wait };
}

export async function attemptSucceeded(id: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id }, data: { succeeded: true }, select: { id: true } });
}

export { waitMessage } from "./sign-in-error";
