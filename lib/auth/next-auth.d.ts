import type { Role } from "./roles";

// What this app adds to next-auth's session, user and token types.

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    sessionVersion: number;
    sessionId: string;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    // the sessions row, and its expiry (ms since 1970) fixed at sign-in
    sid?: string;
    sexp?: number;
  }
}
