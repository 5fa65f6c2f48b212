import { afterEach, describe, expect, it } from "vitest";
import { checkReader, requireReader, requireRole } from "@/lib/auth/session";
import { actAs, createTestUser } from "./support/acting";

// Reading is open unless READ_REQUIRES_SIGN_IN=true; editor pages send the wrong people to
// the sign-in page. (Next's redirect() works by throwing; its digest carries the target.)

const redirectTarget = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
};

afterEach(() => {
  delete process.env.READ_REQUIRES_SIGN_IN;
});

describe("requireReader", () => {
  it("lets anyone read by default", async () => {
    await actAs(null);
    expect(await redirectTarget(() => requireReader())).toBeNull();
  });

  it("sends anonymous readers to sign in when the deployment requires it, and lets any account read", async () => {
    process.env.READ_REQUIRES_SIGN_IN = "true";
    await actAs(null);
    expect(await redirectTarget(() => requireReader("/pledges"))).toBe("/sign-in?callbackUrl=%2Fpledges");
    await actAs(await createTestUser("viewer"));
    expect(await redirectTarget(() => requireReader("/pledges"))).toBeNull();
  });
});

describe("requireRole (editor pages)", () => {
  it("redirects anonymous users and too-weak roles, and admits the rest", async () => {
    await actAs(null);
    expect(await redirectTarget(() => requireRole("editor", "/edit/audit"))).toBe("/sign-in?callbackUrl=%2Fedit%2Faudit");
    await actAs(await createTestUser("viewer"));
    expect(await redirectTarget(() => requireRole("editor", "/edit/audit"))).toBe("/sign-in?callbackUrl=%2Fedit%2Faudit&denied=editor");
    await actAs(await createTestUser("admin"));
    expect(await redirectTarget(() => requireRole("editor", "/edit/audit"))).toBeNull();
  });
});

describe("checkReader (route handlers)", () => {
  it("answers 401 to anonymous readers only when reading requires sign-in", async () => {
    await actAs(null);
    expect(await checkReader()).toEqual({ ok: true });
    process.env.READ_REQUIRES_SIGN_IN = "true";
    expect(await checkReader()).toMatchObject({ ok: false, status: 401 });
    await actAs(await createTestUser("viewer"));
    expect(await checkReader()).toEqual({ ok: true });
  });
});
