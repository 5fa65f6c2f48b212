import "server-only";
import crypto from "node:crypto";

// The device cookie: given at a successful sign-in, it names this browser as one that knew
// the account's password before. Signed with NEXTAUTH_SECRET over the e-mail, so it is
// worth nothing for another account and cannot be made up.

export const DEVICE_COOKIE = "pt-device";
export const DEVICE_COOKIE_MAX_AGE = 180 * 24 * 60 * 60;

function mac(email: string, nonce: string): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return crypto.createHmac("sha256", secret).update(`${email}\n${nonce}`).digest("base64url");
}

export function issueDeviceToken(email: string): string {
  const nonce = crypto.randomBytes(18).toString("base64url");
  return `${nonce}.${mac(email, nonce)}`;
}

// The device id (the token's nonce) when `token` was issued for `email`, else null.
export function deviceFor(email: string, token: string | undefined): string | null {
  const [nonce, signature, ...rest] = (token ?? "").split(".");
  if (!nonce || !signature || rest.length || nonce.length > 64) return null;
  const expected = Buffer.from(mac(email, nonce));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? nonce : null;
}

// A cookie value from a Cookie request header.
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
