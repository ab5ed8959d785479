/**
 * Rule parameters that do not parse are refused by the server too: an update that stores a
 * weekday 8 or a text where a number belongs is dropped with MESSAGE_ERROR `invalid-rule`, and
 * nobody else, nor the database, gets it. Valid rules and other documents pass untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { roomPathOf } from "@/lib/board/protocol";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { createBoardDocument } from "@/lib/db/queries/board-documents";
import type { Board, BoardDocument, User } from "@/lib/db/schema";
import { addRule, RULES_ARRAY, readRules } from "@/lib/rules/rule-doc";
import { INVALID_RULE } from "./rule-check";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import { connectClient, startTestServer, type TestServer, tokenFor, waitFor, waitSynced } from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let board: Board;
let users: Record<"a" | "b", User>;
let ruleSet: BoardDocument;

beforeAll(async () => {
  database = await openTestDatabase();
  const created = await createBoardWithMembers(database.db, { a: "editor", b: "editor" });
  board = created.board;
  users = created.users;
  ruleSet = await createBoardDocument(database.db, {
    boardId: board.id,
    kind: "rule-set",
    title: "Spelregler",
    createdBy: users.a.id,
  });
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server.close();
  await database.remove();
});

describe("rule check", () => {
  it("accepts a valid rule, refuses weekday 8 and a text in a number field, and keeps them from others and the database", async () => {
    const path = roomPathOf({ boardId: board.id, docId: ruleSet.id });
    const a = connectClient(server.url, path, tokenFor(board.id, users.a.id));
    const b = connectClient(server.url, path, tokenFor(board.id, users.b.id));
    await Promise.all([waitSynced(a), waitSynced(b)]);
    addRule(a.doc, {
      id: "r1",
      category: "administration",
      text: "ingen administration måndag–tisdag",
      params: { adminMinimalDays: [1, 2] },
    });
    await waitFor(() => a.isSaved(), "valid rule saved");
    await waitFor(() => readRules(b.doc).rules.length === 1, "b sees the rule");
    expect(a.errors).toEqual([]);

    const params = a.doc.getArray<Y.Map<unknown>>(RULES_ARRAY).get(0).get("params") as Y.Map<unknown>;
    params.set("adminMinimalDays", [1, 8]);
    await waitFor(() => a.errors.includes(INVALID_RULE), "invalid-rule error");
    params.set("leadTimeWeeks", "12 veckor");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readRules(b.doc).rules[0].params).toEqual({ adminMinimalDays: [1, 2] });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id, ruleSet.id))!.update);
    expect(readRules(stored)).toMatchObject({ rules: [{ params: { adminMinimalDays: [1, 2] } }], invalid: [] });
    a.destroy();
    b.destroy();
  });
});
