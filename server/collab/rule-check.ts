/**
 * Part 3c: rule parameters that do not parse are refused by the server too. In a document room
 * that holds rules (a rule set, lib/rules/rule-doc.ts), an update after which a rule fails the
 * schema of lib/rules/rule-schema.ts (a weekday 8, "12 veckor" where a number belongs) is dropped
 * — never applied, stored or broadcast — and the sender gets MESSAGE_ERROR `invalid-rule` once.
 * The form refuses such values in place; this stops a client that bypasses it.
 */
import * as Y from "yjs";
import { encodeErrorMessage } from "@/lib/board/protocol";
import { findRuleProblem, RULES_ARRAY } from "@/lib/rules/rule-doc";
import type { CollabConnection } from "./connection";
import type { CollabPart } from "./types";

/** Error code sent to a client whose update would store a rule that fails its schema. */
export const INVALID_RULE = "invalid-rule";

function problemAfter(state: Uint8Array, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, state);
    Y.applyUpdate(copy, update);
    return findRuleProblem(copy) !== null;
  } finally {
    copy.destroy();
  }
}

/** Does the update insert into the root `rules` array (the first rule of a room)? */
function namesRules(update: Uint8Array): boolean {
  return Y.decodeUpdate(update).structs.some((s) => s instanceof Y.Item && (s.parent as unknown) === RULES_ARRAY);
}

export function createRuleCheckPart(): CollabPart {
  const warned = new WeakSet<CollabConnection>();
  return {
    name: "rule-check",
    onMessage(conn, room, message) {
      if (room.docId === "") return true;
      if (message.kind !== "sync-step-2" && message.kind !== "update") return true;
      // Only rooms with rules pay for the copy: Yjs registers a root type once an update names it.
      if (!room.doc.share.has(RULES_ARRAY) && !namesRules(message.update)) return true;
      if (findRuleProblem(room.doc) !== null) return true; // Already wrong (never the case): do not block repairs.
      if (!problemAfter(Y.encodeStateAsUpdate(room.doc), message.update)) return true;
      if (!warned.has(conn)) {
        warned.add(conn);
        conn.send(encodeErrorMessage(INVALID_RULE));
      }
      return false;
    },
  };
}
