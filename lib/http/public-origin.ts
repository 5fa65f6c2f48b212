// The origin readers use, for absolute links in downloaded files: the configured public
// address (NEXTAUTH_URL) when set; else, behind a proxy you run (TRUST_PROXY=true), the
// forwarded host and scheme; else the Host the browser sent. X-Forwarded-* is never taken
// from a client directly (Next fills X-Forwarded-Host in from Host only when it is absent).
export function publicOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  if (env.NEXTAUTH_URL) {
    try {
      return new URL(env.NEXTAUTH_URL).origin;
    } catch {
      // an unusable setting: fall through to the request
    }
  }
  const url = new URL(request.url);
  const trust = env.TRUST_PROXY === "true";
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host =
    (trust ? first(request.headers.get("x-forwarded-host")) : null) ?? first(request.headers.get("host")) ?? url.host;
  const proto = (trust ? first(request.headers.get("x-forwarded-proto")) : null) ?? url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}
