import { getTranslations } from "next-intl/server";
import { BoardRoomGate } from "./board-room";

/** Shows a section once the board's shared document has loaded ("Laddar tavlan…" until then). */
export async function Gate({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("board");
  return <BoardRoomGate loading={t("loading")}>{children}</BoardRoomGate>;
}
