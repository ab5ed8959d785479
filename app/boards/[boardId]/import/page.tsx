import { Gate } from "@/components/board/gate";
import { ImportSection } from "@/components/board/import/import-section";
import { requireBoardAccess } from "@/lib/auth/session";
import { checkpointBeforeImportAction } from "../history/actions";

export default async function Page({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  await requireBoardAccess(boardId, "editor");
  return (
    <Gate>
      <ImportSection beforeImport={checkpointBeforeImportAction} />
    </Gate>
  );
}
