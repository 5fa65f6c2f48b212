import { afterEach, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { setSessionClaimsSource } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/sessions";
import { setActionEffects } from "@/lib/actions/core/effects";
import type { ActionResult } from "@/lib/actions/core/result";

// Acting as a user in integration tests: server actions read the session from a request
// that tests do not have, so the test says which (real, database) user is signed in. The
// claims are taken as at sign-in; everything after (row re-read, role check) is the app's.

export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

let counter = 0;
const hashes = new Map<string, Promise<string>>();

export async function createTestUser(
  role: Role,
  opts: { password?: string; disabled?: boolean } = {},
): Promise<TestUser> {
  counter += 1;
  const password = opts.password ?? `test-password-${role}`;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const email = `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const name = `Test ${role} ${counter}`;
  const user = await db.user.create({
    data: { email, name, role, passwordHash: await hashes.get(password)!, disabled: opts.disabled ?? false },
    select: { id: true },
  });
  return { id: user.id, email, name, role, password };
}

export const effects = { redirects: [] as string[], revalidations: 0 };

// Signs `user` in (null: nobody) for the following action calls.
export async function actAs(user: { id: string } | null): Promise<void> {
  setActionEffects({
    revalidateAll: () => {
      effects.revalidations += 1;
    },
    redirect: (url) => {
      effects.redirects.push(url);
    },
  });
  if (!user) {
    setSessionClaimsSource(async () => null);
    return;
  }
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const session = await startSession(user.id);
  const claims = { userId: user.id, sessionVersion: row.sessionVersion, sessionId: session.id };
  setSessionClaimsSource(async () => claims);
}

afterEach(() => {
  vi.restoreAllMocks();
  setSessionClaimsSource(null);
  setActionEffects(null);
  effects.redirects = [];
  effects.revalidations = 0;
});

// Narrows a result in a test, failing with its message when it is not what was expected.
export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(`Expected success, got ${result.status} ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

export function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) fd.append(key, v);
  }
  return fd;
}
