import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { ZSignIn } from "@/lib/validation/users";
import { cookieValue, DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceFor, issueDeviceToken } from "./device-cookie";
import { authRedirect } from "./redirect";
import { endSession, SESSION_LIFETIME_SECONDS, sessionIsActive, startSignedInSession } from "./sessions";
import { authenticate, clientAddress } from "./sign-in";
import { BUSY_MESSAGE } from "./hash-slots";
import { waitMessage } from "./throttle";

// next-auth: e-mail and password, JWT sessions carrying the role and the id of a row in the
// sessions table. The role in the token is for showing the right links only: every read
// behind sign-in and every write re-reads the session and user rows (lib/auth/session.ts).

const production = process.env.NODE_ENV === "production";

// Thrown from the jwt callback for an ended or expired session: next-auth then clears the
// cookie and answers "no session". Expected, so not logged as an error.
class SessionEnded extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEnded";
  }
}

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
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
        const headers = req?.headers as Record<string, string | undefined> | undefined;
        const deviceToken = cookieValue(headers?.cookie, DEVICE_COOKIE);
        const result = await authenticate(parsed.data.email, parsed.data.password, {
          address: clientAddress(headers),
          device: (email) => deviceFor(email, deviceToken),
        });
        // next-auth passes a thrown message on to the sign-in page as ?error=...
        if (!result.ok && result.reason === "rate_limited") throw new Error(waitMessage(result.retryAfterMinutes));
        if (!result.ok && result.reason === "busy") throw new Error(BUSY_MESSAGE);
        if (!result.ok) return null;
        // This browser now knows the password: its later failures are counted on their own.
        (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(result.user.email), {
          httpOnly: true,
          sameSite: "lax",
          secure: production,
          path: "/",
          maxAge: DEVICE_COOKIE_MAX_AGE,
        });
        return result.user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const session = await startSignedInSession(user.id);
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = session.id;
        token.sexp = session.expiresAt.getTime();
        token.name = user.name;
        token.email = user.email;
        return token;
      }
      // Each use re-issues the cookie with a later expiry; the session row's expiry does not move.
      if (
        !token.sid ||
        typeof token.sexp !== "number" ||
        token.sexp <= Date.now() ||
        !(await sessionIsActive(token.sid))
      ) {
        throw new SessionEnded();
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && typeof token.sv === "number" && token.sid) {
        session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? "", role: token.role };
        session.sessionVersion = token.sv;
        session.sessionId = token.sid;
        session.expires = new Date(token.sexp ?? 0).toISOString();
      }
      return session;
    },
    redirect: authRedirect,
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
