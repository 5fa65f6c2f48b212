import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { BUSY_MESSAGE } from "@/lib/auth/hash-slots";
import { currentUser } from "@/lib/auth/session";
import { readRequiresSignIn } from "@/lib/auth/read-policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { SignInForm } from "@/components/editor/sign-in-form";
import { parseSearchParams } from "@/lib/validation/search-params";
import { signInParams } from "@/lib/validation/sign-in-params";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// next-auth's error codes in words. Only known texts are shown: a link's ?error= must not
// put words of its own on this page.
function errorText(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === "CredentialsSignin") return "Wrong e-mail or password.";
  if (/^Too many failed attempts\. Try again in \d{1,3} minutes?\.$/.test(code)) return code;
  if (code === BUSY_MESSAGE) return code;
  return "Sign-in failed. Try again.";
}

export default async function SignInPage({ searchParams }: Props) {
  const { data: params } = parseSearchParams(signInParams, await searchParams);
  const { callbackUrl, denied } = params;
  const user = await currentUser();
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {params.changed && <p className="notice notice-ok">Your password was changed. Sign in with the new one.</p>}
      {denied && (
        <p className="notice notice-error">
          That page needs the {ROLE_LABELS[denied].toLowerCase()} role{user ? `; your account is a ${user.role}` : ""}.
          Sign in with an account that has it.
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
      <SignInForm callbackUrl={callbackUrl} initialError={errorText(params.error)} />
    </div>
  );
}
