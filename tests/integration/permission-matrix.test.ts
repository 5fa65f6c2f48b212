import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { actAs, createTestUser } from "./support/acting";
import { discoverActions, VALID_INPUT, type Action } from "./support/action-inputs";
import { databaseFingerprint } from "./support/fixtures";

// Every server action x anonymous, viewer, editor, admin. Below the action's role: refused
// (401 anonymous, 403 signed in) with VALID input, and the database unchanged. At or above:
// allowed. The actions are discovered from lib/actions ("use server" modules), so a new
// action without a row in REQUIRED fails this test until someone decides who may call it.

const REQUIRED: Record<string, Role> = {
  createMeeting: "editor",
  updateMeeting: "editor",
  addDocument: "editor",
  createPledge: "editor",
  updatePledge: "editor",
  recordStatusUpdate: "editor",
  correctStatusUpdate: "editor",
  saveMeetingReview: "editor",
  markMeetingReviewed: "editor",
  proposeAgain: "editor",
  setPledgeAliases: "editor",
  previewPledgeImport: "editor",
  applyPledgeImport: "editor",
  createUser: "admin",
  changeUserRole: "admin",
  setUserDisabled: "admin",
  resetUserPassword: "admin",
  changeOwnPassword: "viewer",
  createDialogue: "admin",
  updateDialogue: "admin",
  createArea: "admin",
  updateArea: "admin",
};

const CALLERS = ["anonymous", "viewer", "editor", "admin"] as const;
const RANK = { anonymous: -1, viewer: 0, editor: 1, admin: 2 } as const;

// Refusals an allowed caller may still get from these inputs: not about permission.
const PAST_THE_ROLE_CHECK = new Set(["previewPledgeImport", "applyPledgeImport"]);

let actions = new Map<string, Action>();

beforeAll(async () => {
  actions = await discoverActions();
});

describe("permission matrix", () => {
  it("knows who may call every server action there is", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(REQUIRED).sort());
  });

  for (const [name, role] of Object.entries(REQUIRED)) {
    for (const caller of CALLERS) {
      const allowed = RANK[caller] >= RANK[role];
      it(`${name}: ${caller} is ${allowed ? "allowed" : "refused"}`, async () => {
        const user = caller === "anonymous" ? null : await createTestUser(caller);
        await actAs(user);
        const input = await VALID_INPUT[name]!(user);
        const before = await databaseFingerprint();
        const result = await actions.get(name)!(null, input);
        if (!allowed) {
          expect(result).toMatchObject({
            ok: false,
            status: caller === "anonymous" ? 401 : 403,
            code: caller === "anonymous" ? "unauthenticated" : "forbidden",
          });
          expect(await databaseFingerprint()).toEqual(before);
        } else if (PAST_THE_ROLE_CHECK.has(name)) {
          expect(result.ok ? 200 : result.status).not.toBeOneOf([401, 403]);
        } else {
          if (!result.ok)
            throw new Error(
              `${name} as ${caller}: ${result.status} ${result.message} ${JSON.stringify(result.fieldErrors)}`,
            );
          expect(result.ok).toBe(true);
        }
      });
    }
  }
});
