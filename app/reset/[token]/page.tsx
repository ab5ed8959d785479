import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { resetPasswordAction } from "@/app/setup/actions";
import { TokenPasswordPage } from "@/components/admin/token-page";

export async function generateMetadata() {
  const t = await getTranslations("admin.reset");
  return { title: t("title") };
}

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <TokenPasswordPage
      localeAction={setLocaleAction}
      kind="password-reset"
      token={token}
      action={resetPasswordAction}
    />
  );
}
