import { Gate } from "@/components/board/gate";
import { PlanSection } from "@/components/board/plan/plan-section";
import { requireBoardAccess } from "@/lib/auth/session";

export default async function Page({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  await requireBoardAccess(boardId);
  return (
    <Gate>
      <PlanSection />
    </Gate>
  );
}
