import { NextResponse, type NextRequest } from "next/server";
import { refusePagePost } from "@/lib/http/page-post";

// Next answers 500 when a path's %-escapes do not decode to UTF-8 text (it fails decoding a
// dynamic segment such as /pledges/%FF before any page runs). Such a path names nothing we
// serve, so it is refused here with a 400, before routing. So is a POST to a page that is not
// a form submission (lib/http/page-post.ts). Everything else passes untouched.
export async function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return badRequest("This address is not valid: it has a broken %-escape.");
  }
  const refused = await refusePagePost(request, request.nextUrl.pathname);
  if (refused) return badRequest(refused);
  return NextResponse.next();
}

function badRequest(message: string): NextResponse {
  return new NextResponse(`${message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
