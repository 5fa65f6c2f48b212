import { describe, expect, it } from "vitest";
import { serveArgs } from "@/scripts/run-next";

// The zero-config `npm start` speaks plain HTTP, so it listens on this machine only unless
// HOST says otherwise (issue 20 #7).

describe("serveArgs", () => {
  it("listens on 127.0.0.1 by default", () => {
    expect(serveArgs("start", {})).toEqual(["start", "-p", "3000", "-H", "127.0.0.1"]);
    expect(serveArgs("dev", { PORT: "3005" })).toEqual(["dev", "-p", "3005", "-H", "127.0.0.1"]);
  });
  it("listens where HOST says", () => {
    expect(serveArgs("start", { HOST: "0.0.0.0", PORT: "8080" })).toEqual(["start", "-p", "8080", "-H", "0.0.0.0"]);
  });
});
