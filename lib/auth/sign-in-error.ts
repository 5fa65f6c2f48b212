// The words a refused sign-in carries. next-auth hands them to the sign-in form (and, on a
// redirect, to the page's ?error=) as plain text: its own code, or the message the server threw
// (lib/auth/options.ts). The texts are made here and read back here, so the reader sees them in
// their own language, and only texts this file knows: a link's ?error= must not put words of its
// own on the page. No server imports: the sign-in form runs in the browser.

export const BUSY_MESSAGE = "The server is busy checking other sign-ins. Try again shortly.";

export function waitMessage(minutes: number): string {
  return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

const WAIT = /^Too many failed attempts\. Try again in (\d{1,3}) minutes?\.$/;

// A key of the "auth" catalogue's `error` group, with its argument.
export type SignInError = { key: "wrong" } | { key: "busy" } | { key: "failed" } | { key: "wait"; minutes: number };

export function signInError(code: string | null | undefined): SignInError | undefined {
  if (!code) return undefined;
  if (code === "CredentialsSignin") return { key: "wrong" };
  if (code === BUSY_MESSAGE) return { key: "busy" };
  const wait = WAIT.exec(code);
  if (wait) return { key: "wait", minutes: Number(wait[1]) };
  return { key: "failed" };
}
