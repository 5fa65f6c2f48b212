import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints: sign-in (credentials), sign-out, session, CSRF token.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
