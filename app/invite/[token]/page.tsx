import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { acceptInvitationAction } from "@/app/setup/actions";
import { TokenPasswordPage } from "@/components/admin/token-page";

export async function generateMetadata() {
  const t = await getTranslations("admin.invitation");
  return { title: t("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <TokenPasswordPage localeAction={setLocaleAction} kind="invitation" token={token} action={acceptInvitationAction} />
  );
}
