import { describe, expect, it } from "vitest";
import { expectsReport, meetingStanding } from "@/lib/domain/coverage";

describe("the coverage rule", () => {
  it("expects a 2+2 to cover every field and ministers' meetings their own", () => {
    for (const field of ["defence", "foreign", "both"] as const)
      expect(expectsReport("two_plus_two", field)).toBe(true);
    expect(expectsReport("defence_ministers", "defence")).toBe(true);
    expect(expectsReport("defence_ministers", "both")).toBe(true);
    expect(expectsReport("defence_ministers", "foreign")).toBe(false);
    expect(expectsReport("foreign_ministers", "foreign")).toBe(true);
    expect(expectsReport("foreign_ministers", "defence")).toBe(false);
  });

  it("never expects service chiefs, forums, leaders or other contacts to report", () => {
    for (const kind of ["service_chiefs", "forum", "leaders", "other"] as const) {
      for (const field of ["defence", "foreign", "both"] as const)
        expect(expectsReport(kind, field), `${kind} ${field}`).toBe(false);
    }
  });

  it("puts a missing statement before a missing review before coverage", () => {
    const m = { kind: "two_plus_two", reviewed: true, statementCollected: true } as const;
    expect(meetingStanding(m, "defence")).toBe("expected");
    expect(meetingStanding({ ...m, reviewed: false }, "defence")).toBe("not-reviewed");
    expect(meetingStanding({ ...m, reviewed: false, statementCollected: false }, "defence")).toBe("not-collected");
    expect(meetingStanding({ ...m, kind: "defence_ministers" }, "foreign")).toBe("not-expected");
  });
});
