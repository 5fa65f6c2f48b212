import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proposeForStatement } from "@/lib/intake/propose";
import { parseStatement } from "@/lib/domain/statement-parser";
import { db } from "@/lib/db/client";

// The intake on a statement written for this test (not in the data set): a later 2+2's
// overview. Its procedural opening is evidence for no pledge but the one to hold a 2+2; a new
// Typhoon deployment in 2018 cannot deliver the 2016 visit pledge and is drafted instead.

const text = fs.readFileSync(path.join(__dirname, "../unit/fixtures/statements/later-2plus2.txt"), "utf8");
const run = () =>
  proposeForStatement(db, {
    dialogueId: "japan-uk",
    date: new Date("2017-12-14T00:00:00Z"),
    paragraphs: parseStatement(text),
  });

describe("the intake on a statement it has never seen", () => {
  it("takes the meeting being held as evidence only for a pledge to hold such a meeting", async () => {
    const result = await run();
    const opening = result.proposals.filter((p) => p.label === "¶2");
    for (const p of opening) expect(p.pledgeId).toBe("jpuk-2plus2-near-future");
    expect(result.proposals.some((p) => p.pledgeId === "jpuk-follow-up-report")).toBe(false);
  });

  it("does not let a 2018 deployment deliver the 2016 visit pledge, and drafts it as new", async () => {
    const result = await run();
    expect(result.proposals.find((p) => p.pledgeId === "jpuk-raf-typhoon-visit-2016")).toBeUndefined();
    const draft = result.drafts.find((d) => d.label === "2");
    expect(draft).toBeDefined();
    expect(draft!.title).toMatch(/^The UK to deploy RAF Typhoon aircraft to Japan again in 2018/);
    expect(draft!.side).toBe("partner");
  });

  it("drafts the next meeting with its year, and says why it left pledges out", async () => {
    const result = await run();
    expect(result.drafts.find((d) => d.label === "3")?.title).toMatch(/^Hold the next "2\+2" in Tokyo in 2019/);
    for (const p of result.proposals) {
      expect(p.reasons.rule).toBeTruthy();
      expect(text.replace(/\s+/g, " ")).toContain(p.quote);
    }
    for (const u of result.unsure) expect(u.why).toBeTruthy();
  });
});
