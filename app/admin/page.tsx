import { redirect } from "next/navigation";
import { requireOrgAdmin } from "@/lib/auth/session";

export default async function AdminPage() {
  await requireOrgAdmin();
  redirect("/admin/people");
}
