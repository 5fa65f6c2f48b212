import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/validation/users";
import { authenticate, clientAddress } from "./sign-in";

// next-auth: e-mail and password, JWT sessions carrying the role. The role in the token is
// for showing the right links only: every write re-reads the user row (lib/auth/session.ts).

const production = process.env.NODE_ENV === "production";

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Secure (and __Secure-/__Host- prefixed) cookies in production; browsers accept them
  // on http://localhost too, so the zero-config `npm start` works.
  useSecureCookies: production,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.email, parsed.data.password, clientAddress(req?.headers));
        if (result.ok) return result.user;
        // next-auth passes a thrown message on to the sign-in page as ?error=...
        if (result.reason === "rate_limited") {
          throw new Error(`Too many failed attempts. Try again in ${result.retryAfterMinutes} minute${result.retryAfterMinutes === 1 ? "" : "s"}.`);
        }
        if (result.reason === "disabled") throw new Error("This account is disabled. Ask an admin to enable it.");
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.name = user.name;
        token.email = user.email;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && typeof token.sv === "number") {
        session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? "", role: token.role };
        session.sessionVersion = token.sv;
      }
      return session;
    },
  },
};
