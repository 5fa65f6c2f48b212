import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PortTakenError, startEmbeddedPostgres } from "@/lib/db/embedded";

// A taken port stops the embedded server's start at once, in one line that names the port,
// who holds it (here: this very process) and the variable to set (issue 20 #11).

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

describe("startEmbeddedPostgres on a taken port", () => {
  it("refuses in one line naming the port, its holder and EMBEDDED_PG_PORT, before any initdb", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    closers.push(() => holder.close());
    const { port } = holder.address() as net.AddressInfo;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-port-"));
    closers.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, "postgres");

    const error: unknown = await startEmbeddedPostgres({ dataDir, port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortTakenError);
    const message = (error as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain(`Port ${port} is taken`);
    expect(message).toContain("EMBEDDED_PG_PORT");
    if (process.platform === "linux") expect(message).toContain(`pid ${process.pid} (`);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
