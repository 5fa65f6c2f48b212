import path from "node:path";
import { DATA_DIR, keptSecret } from "@/lib/db/local-paths";

// The session secret of the zero-config start: generated once, kept (readable by this user
// only) in the git-ignored data folder, so sessions survive restarts.
export function localSecret(dir = DATA_DIR): string {
  return keptSecret(path.join(dir, "nextauth-secret"));
}

export type AuthEnvironment = { NEXTAUTH_SECRET: string; NEXTAUTH_URL: string };

// NEXTAUTH_SECRET and NEXTAUTH_URL for `npm start` / `npm run dev`: the environment's when
// set; otherwise generated locally, but only for the embedded database or dev mode. A
// deployment (its own DATABASE_URL, production mode) must set its own secret: null.
export function authEnvironment(
  opts: { embedded: boolean; mode: "start" | "dev"; port: string; dataDir?: string },
  env: Record<string, string | undefined> = process.env,
): AuthEnvironment | null {
  const url = env.NEXTAUTH_URL ?? `http://localhost:${opts.port}`;
  if (env.NEXTAUTH_SECRET) return { NEXTAUTH_SECRET: env.NEXTAUTH_SECRET, NEXTAUTH_URL: url };
  if (!opts.embedded && opts.mode === "start") return null;
  return { NEXTAUTH_SECRET: localSecret(opts.dataDir), NEXTAUTH_URL: url };
}
