import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/session";
import { readRequiresSignIn } from "@/lib/auth/read-policy";
import { signInError } from "@/lib/auth/sign-in-error";
import { SignInForm } from "@/components/editor/sign-in-form";
import { parseSearchParams } from "@/lib/validation/search-params";
import { signInParams } from "@/lib/validation/sign-in-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { data: params } = parseSearchParams(signInParams, await searchParams);
  const { callbackUrl, denied } = params;
  const user = await currentUser();
  const t = await getTranslations("auth");
  return (
    <div className="narrow">
      <h1>{t("signIn.title")}</h1>
      {params.changed && <p className="notice notice-ok">{t("signIn.changed")}</p>}
      {denied && (
        <p className="notice notice-error">
          {user
            ? t("signIn.deniedAs", { role: t(`role.inText.${denied}`), current: t(`role.inText.${user.role}`) })
            : t("signIn.denied", { role: t(`role.inText.${denied}`) })}
        </p>
      )}
      {user && !denied && (
        <p className="notice notice-ok">
          {t.rich("signIn.signedInAs", {
            name: user.name,
            email: user.email,
            link: (chunks) => <Link href={callbackUrl}>{chunks}</Link>,
          })}
        </p>
      )}
      <p className="lead">{readRequiresSignIn() ? t("signIn.leadClosed") : t("signIn.leadOpen")}</p>
      <SignInForm callbackUrl={callbackUrl} initialError={signInError(params.error)} />
    </div>
  );
}
