"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { signInError, type SignInError } from "@/lib/auth/sign-in-error";
import { useEffect, useRef, useState, type FormEvent } from "react";

// Signs in through next-auth's credentials endpoint and goes back where the user came from.
// The server (lib/auth/sign-in.ts) checks the password and applies the rate limits.
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: SignInError }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // A refusal takes the focus, so keyboard and screen-reader users meet it first.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    });
    setPending(false);
    if (!result || result.error) {
      setError(result ? signInError(result.error) : { key: "wrong" });
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="editor-form narrow">
      {error && (
        <p
          ref={errorRef}
          tabIndex={-1}
          className="notice notice-error"
          role="alert"
          data-testid="sign-in-error"
          id="sign-in-error"
        >
          {error.key === "wait" ? t("error.wait", { minutes: error.minutes }) : t(`error.${error.key}`)}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t("signIn.email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-describedby={error ? "sign-in-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="password">{t("signIn.password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={error ? "sign-in-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("signIn.signingIn") : t("signIn.submit")}
      </button>
    </form>
  );
}
