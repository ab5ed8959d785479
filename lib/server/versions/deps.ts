import { getLiveRooms } from "@/lib/board/live-rooms";
import type { VersionDeps } from "./create-named-version";

/** The version commands' dependencies in this process: the collaboration server when it runs here. */
export function currentVersionDeps(): VersionDeps {
  try {
    return { rooms: getLiveRooms() };
  } catch {
    return { rooms: null };
  }
}
