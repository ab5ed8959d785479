"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { DocumentRoom } from "@/components/editor/use-document-room";

/**
 * Refreshes the page when the document's status changes in another browser (the
 * `document.status-changed` push), so its status, buttons and read-only note follow at once.
 */
export function useStatusRefresh(room: DocumentRoom | null): void {
  const router = useRouter();
  useEffect(() => {
    if (!room) return;
    return room.connection.onPush((message) => {
      if (message.type === "document.status-changed" && message.docId === room.docId) router.refresh();
    });
  }, [room, router]);
}
