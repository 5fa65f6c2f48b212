import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Where the zero-config setup keeps its state (git-ignored): the embedded database and secrets.
export const DATA_DIR = path.resolve(process.env.PLEDGE_DATA_DIR ?? path.join(process.cwd(), ".data"));

export const EMBEDDED_PORTS = {
  app: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  test: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339),
};

// A random secret kept in `file` (mode 600, readable by this user only): made on first use,
// the same ever after. Parallel first uses agree: the file appears at once, complete (a
// private temporary file hard-linked into place), and whoever links second reads the winner's.
export function keptSecret(file: string): string {
  try {
    const kept = fs.readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
    fs.rmSync(file, { force: true }); // cut short by a crash: make a new one
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  const draft = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
  fs.writeFileSync(draft, `${secret}\n`, { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(draft, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return fs.readFileSync(file, "utf8").trim();
  } finally {
    fs.rmSync(draft, { force: true });
  }
}
