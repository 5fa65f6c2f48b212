import { describe, expect, it } from "vitest";
import { BUSY_MESSAGE, signInError, waitMessage } from "@/lib/auth/sign-in-error";

// The sign-in page reads back the texts the server throws; any other text becomes a generic
// refusal, so a crafted ?error= cannot put its own words on the page.
describe("signInError", () => {
  it("reads back every text the server throws", () => {
    expect(signInError("CredentialsSignin")).toEqual({ key: "wrong" });
    expect(signInError(BUSY_MESSAGE)).toEqual({ key: "busy" });
    expect(signInError(waitMessage(1))).toEqual({ key: "wait", minutes: 1 });
    expect(signInError(waitMessage(15))).toEqual({ key: "wait", minutes: 15 });
  });

  it("shows nothing without an error, and no words of its own for an unknown one", () => {
    expect(signInError(undefined)).toBeUndefined();
    expect(signInError("")).toBeUndefined();
    expect(signInError("Your account is closed: call 555-0100")).toEqual({ key: "failed" });
    expect(signInError(`${waitMessage(5)} Call 555-0100.`)).toEqual({ key: "failed" });
  });
});
