import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints: sign-in (credentials), sign-out, session, CSRF token.
const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// The credentials callback only takes a POST; next-auth answers a GET of it with a 500.
async function GET(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials")
    return new Response(null, { status: 405, headers: { Allow: "POST" } });
  return handler(request, context);
}

export { GET, handler as POST };
