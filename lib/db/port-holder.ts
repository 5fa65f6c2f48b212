import fs from "node:fs";

// Which process listens on a TCP port of this machine, as "pid 123 (postgres -D /x)", where
// the system says: Linux's /proc, for processes this user may inspect. Null elsewhere.
export function portHolder(port: number): string | null {
  try {
    const inodes = new Set<string>();
    for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
      if (!fs.existsSync(table)) continue;
      for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
        const fields = line.trim().split(/\s+/);
        const local = fields[1]?.split(":")[1];
        // State 0A is LISTEN; field 9 is the socket's inode.
        if (local && parseInt(local, 16) === port && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
      }
    }
    if (inodes.size === 0) return null;
    for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let fds: string[];
      try {
        fds = fs.readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        let target: string;
        try {
          target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) {
          const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
          return `pid ${pid} (${command.slice(0, 120) || "unknown command"})`;
        }
      }
    }
    return null;
  } catch {
    return null;
  }
}
