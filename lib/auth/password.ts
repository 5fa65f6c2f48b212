import crypto from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Passwords are stored as argon2id hashes (the library's defaults: 19 MiB, 2 passes, as
// OWASP recommends), never in any other form.

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a password nobody knows, verified against when the e-mail is unknown, so the
// answer takes as long as for a real account and does not reveal which e-mails exist.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hash(crypto.randomBytes(32).toString("hex"));
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

// A random password for new accounts and resets: 20 characters from an alphabet without
// look-alikes (about 116 bits), shown once to whoever must pass it on.
export function generatePassword(length = 20): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return Array.from({ length }, () => alphabet[crypto.randomInt(alphabet.length)]).join("");
}
