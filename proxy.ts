import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { refusePagePost } from "@/lib/http/page-post";
import { routing } from "@/lib/i18n/routing";

const withLanguage = createMiddleware(routing);

// Runs before routing on every path but Next's static files. Four jobs:
// - Next answers 500 when a path's %-escapes do not decode to UTF-8 text (it fails decoding a
//   dynamic segment such as /pledges/%FF before any page runs). Such a path names nothing we
//   serve, so it is refused here with a 400.
// - So is a POST to a page that is not a form submission (lib/http/page-post.ts).
// - The content security policy, with a nonce of its own for each request (lib/http/csp.ts):
//   set on the request, where Next reads the nonce for its scripts, and on the response.
// - The language (lib/i18n/routing.ts): a page path without one is redirected to the reader's
//   language; the API has none (its messages follow Accept-Language).
export async function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return badRequest("This address is not valid: it has a broken %-escape.");
  }
  const refused = await refusePagePost(request, request.nextUrl.pathname);
  if (refused) return badRequest(refused);
  const policy = contentSecurityPolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = request.nextUrl.pathname.startsWith("/api/")
    ? NextResponse.next({ request: { headers } })
    : withLanguage(new NextRequest(request.url, { headers, method: request.method }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function badRequest(message: string): NextResponse {
  return new NextResponse(`${message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
