// Signing in over HTTP exactly as a browser does (next-auth's credentials form), so the
// harness holds a real session cookie and exercises the real sign-in limits.

export type SignIn = { ok: true; cookie: string } | { ok: false; status: number; error: string };

function cookiePairs(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signIn(
  origin: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignIn> {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${origin}/` }),
  });
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const session = cookiePairs(res).find((c) => /session/i.test(c.split("=")[0]!));
  if (res.ok && session) return { ok: true, cookie: session };
  const error = body.url ? (new URL(body.url, origin).searchParams.get("error") ?? "unknown") : `HTTP ${res.status}`;
  return { ok: false, status: res.status, error };
}

// Whom a session cookie belongs to on `origin` (null: not signed in there).
export async function sessionEmail(origin: string, cookie: string): Promise<string | null> {
  const res = await fetch(`${origin}/api/auth/session`, { headers: { cookie } });
  const body = (await res.json()) as { user?: { email?: string } };
  return body.user?.email ?? null;
}
