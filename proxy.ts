import { NextResponse, type NextRequest } from "next/server";

// Next answers 500 when a path's %-escapes do not decode to UTF-8 text (it fails decoding a
// dynamic segment such as /pledges/%FF before any page runs). Such a path names nothing we
// serve, so it is refused here with a 400, before routing. Everything else passes untouched.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("This address is not valid: it has a broken %-escape.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
