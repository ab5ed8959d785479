import { eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { LanguageSwitch } from "@/components/language-switch";
import { PasswordForm, ProfileForm } from "@/components/profile-forms";
import { ui } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const [org] = await (await getDb()).select().from(organisations).where(eq(organisations.id, user.organisationId));
  const errorLabels = {
    name: t("profile.errors.name"),
    title: t("profile.errors.title"),
    currentPassword: t("profile.errors.currentPassword"),
    newPassword: t("profile.errors.newPassword"),
    noPassword: t("profile.errors.noPassword"),
    passwordCommon: t("admin.errors.passwordCommon"),
    passwordSame: t("admin.errors.passwordSame"),
  };
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-8">
        <h1 className={ui.h1}>{t("profile.title")}</h1>
        <dl className={`${ui.card} grid grid-cols-[10rem_1fr] gap-y-2 text-sm`}>
          <dt className="text-slate-600">{t("profile.email")}</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-600">{t("profile.level")}</dt>
          <dd>{t(`levels.${user.level}`)}</dd>
          <dt className="text-slate-600">{t("profile.organisation")}</dt>
          <dd>{org?.name}</dd>
          <dt className="text-slate-600">{t("profile.language")}</dt>
          <dd>
            <LanguageSwitch />
          </dd>
        </dl>
        <ProfileForm
          name={user.name}
          title={user.title ?? ""}
          labels={{
            name: t("profile.name"),
            title: t("profile.title_"),
            save: t("profile.save"),
            saved: t("profile.saved"),
            errors: errorLabels,
          }}
        />
        {user.passwordHash && (
          <PasswordForm
            labels={{
              heading: t("profile.passwordTitle"),
              current: t("profile.currentPassword"),
              next: t("profile.newPassword"),
              nextHelp: t("profile.newPasswordHelp"),
              submit: t("profile.changePassword"),
              saved: t("profile.passwordChanged"),
              errors: errorLabels,
            }}
          />
        )}
      </main>
    </>
  );
}
