import fs from "node:fs";
import path from "node:path";

// The Chromium the end-to-end tests drive: Debian's package, never one `playwright install`
// downloads (these machines cannot reach its servers).

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

// CHROMIUM_PATH when set (even if wrong: then the caller reports it), else /usr/bin/chromium,
// else `chromium` on PATH; undefined when there is none.
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    if (isExecutable(path.join(dir, "chromium"))) return path.join(dir, "chromium");
  }
  return undefined;
}

export function chromiumIsUsable(file: string | undefined): file is string {
  return file !== undefined && isExecutable(file);
}

export const CHROMIUM_INSTALL_HINT =
  "Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.";
