import type { Metadata } from "next";
import Link from "next/link";
import { currentUser, readRequiresSignIn } from "@/lib/auth/session";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { SignInForm } from "@/components/editor/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Only paths of this site: an open redirect would let a link send users elsewhere after sign-in.
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

// next-auth's own error codes, in words (a thrown message from the rate limit passes as is).
function errorText(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === "CredentialsSignin") return "Wrong e-mail or password.";
  if (/^[A-Z][A-Za-z]+$/.test(code)) return "Sign-in failed. Try again.";
  return code.slice(0, 200);
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallback(first(params.callbackUrl));
  const denied = first(params.denied) as Role | undefined;
  const user = await currentUser();
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {first(params.changed) && <p className="notice notice-ok">Your password was changed. Sign in with the new one.</p>}
      {denied && ROLE_LABELS[denied] && (
        <p className="notice notice-error">
          That page needs the {ROLE_LABELS[denied].toLowerCase()} role{user ? `; your account is a ${user.role}` : ""}. Sign in with an account that has it.
        </p>
      )}
      {user && !denied && (
        <p className="notice notice-ok">
          You are signed in as {user.name} ({user.email}). <Link href={callbackUrl}>Continue</Link>
        </p>
      )}
      <p className="lead">
        {readRequiresSignIn()
          ? "This tracker is open to signed-in users only."
          : "Editors and admins sign in to record pledges and status updates. Reading needs no account."}
      </p>
      <SignInForm callbackUrl={callbackUrl} initialError={errorText(first(params.error))} />
    </div>
  );
}
