import http from "node:http";
import type net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

// lib/http/peer-address-preload.mjs, preloaded into the app's server, writes the socket's own
// address into a header over whatever the client sent (issue 20 #4).

await import(path.resolve("lib/http/peer-address-preload.mjs"));

const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers[PEER_ADDRESS_HEADER])));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the peer-address preload", () => {
  it("sets the header to the socket's address, overwriting a client's", async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const seen = await new Promise<string>((resolve, reject) => {
      http
        .get(
          { host: "127.0.0.1", port, headers: { [PEER_ADDRESS_HEADER]: "203.0.113.1", "x-forwarded-for": "10.9.9.9" } },
          (res) => {
            let body = "";
            res.on("data", (chunk: Buffer) => (body += chunk.toString()));
            res.on("end", () => resolve(JSON.parse(body) as string));
          },
        )
        .on("error", reject);
    });
    expect(seen).toBe("127.0.0.1");
    expect(process.env.PLEDGE_PEER_ADDRESS).toBe(PEER_ADDRESS_HEADER);
  });
});
