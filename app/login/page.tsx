import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { LanguageSwitch } from "@/components/language-switch";
import { LoginForm } from "@/components/login-form";
import { isOidcEnabled } from "@/lib/auth/options";
import { publicOrigin, safeReturnUrl } from "@/lib/auth/safe-return-url";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isSetupDone } from "@/lib/server/setup/setup-state";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (!(await isSetupDone(await getDb()))) redirect("/setup");
  if (await getSessionUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  const t = await getTranslations();
  // Only same-origin paths are followed after sign-in (lib/auth/safe-return-url.ts).
  const target = safeReturnUrl(callbackUrl, publicOrigin()) ?? "/";
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center px-4">
      <div className="absolute right-4 top-4">
        <LanguageSwitch action={setLocaleAction} />
      </div>
      <div className="w-full max-w-sm">
        <p className="text-center text-2xl font-bold text-accent-strong">{t("app.name")}</p>
        <p className="mt-1 text-center text-sm text-slate-600">{t("app.tagline")}</p>
        <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{t("login.title")}</h1>
          <LoginForm
            callbackUrl={target}
            oidcName={isOidcEnabled() ? process.env.OIDC_NAME || "SSO" : null}
            labels={{
              email: t("login.email"),
              password: t("login.password"),
              submit: t("login.submit"),
              submitting: t("login.submitting"),
              invalid: t("login.invalid"),
              rateLimited: t("login.rateLimited"),
              failed: t("login.failed"),
              oidc: t("login.oidc", { name: process.env.OIDC_NAME || "SSO" }),
              or: t("login.or"),
            }}
          />
        </div>
        {process.env.PKS_SEED_DEMO !== "0" && (
          <p className="mt-4 text-center text-sm text-slate-600">{t("login.demoHint")}</p>
        )}
      </div>
    </main>
  );
}
