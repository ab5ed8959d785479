import { FollowUpSection } from "@/components/board/followup/followup-section";
import { Gate } from "@/components/board/gate";
import { requireBoardAccess } from "@/lib/auth/session";

export default async function Page({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  await requireBoardAccess(boardId);
  return (
    <Gate>
      <FollowUpSection />
    </Gate>
  );
}
