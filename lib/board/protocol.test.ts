import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  BOARD_DOC_ID,
  boardRoomName,
  CLOSE_REASONS,
  CloseCode,
  collabPathOf,
  colorForUser,
  decodeAppMessage,
  encodeErrorMessage,
  encodePushFrame,
  encodeReadOnlyMessage,
  encodeSavedMessage,
  isFullySaved,
  isRetryableClose,
  MESSAGE_PUSH,
  MESSAGE_SAVED,
  parseBoardRoomName,
  parseCollabPath,
  parsePushMessage,
  parseRoomName,
  peekMessageType,
  restrictStateVector,
  roomNameOf,
  USER_COLORS,
} from "./protocol";
import { computeSaveStatus, isDocFullySaved, mergeSavedVectors } from "./save-status";

describe("room names and paths", () => {
  it("round-trips board ids through room names and the collab path", () => {
    expect(parseBoardRoomName(boardRoomName("b-1"))).toBe("b-1");
    expect(parseBoardRoomName("doc:1")).toBeNull();
    expect(parseCollabPath("/collab/b%3A1?token=x")).toEqual({ boardId: "b:1", docId: BOARD_DOC_ID });
    expect(parseCollabPath("/collab/")).toBeNull();
    expect(parseCollabPath("/other/b1")).toBeNull();
    expect(parseCollabPath("/collab/a%2Fb")).toBeNull();
  });

  it("names a board's documents board:<boardId>/doc:<docId> and opens them at /collab/<boardId>/doc/<docId>", () => {
    const board = { boardId: "b1", docId: BOARD_DOC_ID };
    const doc = { boardId: "b1", docId: "d1" };
    expect(roomNameOf(board)).toBe("board:b1");
    expect(roomNameOf(doc)).toBe("board:b1/doc:d1");
    expect(parseRoomName("board:b1/doc:d1")).toEqual(doc);
    expect(parseRoomName("board:b1")).toEqual(board);
    expect(parseBoardRoomName("board:b1/doc:d1")).toBeNull();
    expect(collabPathOf(board)).toBe("/collab/b1");
    expect(collabPathOf(doc)).toBe("/collab/b1/doc/d1");
    expect(parseCollabPath("/collab/b1/doc/d1?token=x")).toEqual(doc);
    for (const bad of ["/collab/b1/doc/", "/collab/b1/docs/d1", "/collab/b1/doc/d1/x", "/collab//doc/d1"]) {
      expect(parseCollabPath(bad), bad).toBeNull();
    }
    for (const bad of ["board:", "board:b1/doc:", "board:/doc:d1", "doc:d1"])
      expect(parseRoomName(bad), bad).toBeNull();
  });
});

describe("push messages", () => {
  it("accepts the typed, versioned messages and names what is wrong with others", () => {
    const message = { v: 1, type: "member.role-changed", userId: "u1", role: "viewer" } as const;
    expect(parsePushMessage(JSON.stringify(message))).toEqual({ ok: true, message });
    expect(parsePushMessage('{"v":1,"type":"members.changed"}').ok).toBe(true);
    expect(parsePushMessage('{"v":2,"type":"members.changed"}')).toEqual({
      ok: false,
      error: expect.stringMatching(/^v:/),
    });
    expect(parsePushMessage('{"v":1,"type":"member.role-changed","userId":"u1","role":"boss"}')).toEqual({
      ok: false,
      error: expect.stringMatching(/^role:/),
    });
    expect(parsePushMessage('{"v":1,"type":"unknown"}').ok).toBe(false);
    expect(parsePushMessage("not json")).toEqual({ ok: false, error: "not JSON" });
    const frame = encodePushFrame(JSON.stringify(message));
    expect(decodeAppMessage(frame)).toEqual({ type: MESSAGE_PUSH, payload: JSON.stringify(message) });
  });
});

describe("app messages", () => {
  it("round-trips a saved state vector", () => {
    const doc = new Y.Doc();
    doc.getMap("m").set("a", 1);
    const vector = Y.decodeStateVector(Y.encodeStateVector(doc));
    const message = encodeSavedMessage(vector);
    expect(peekMessageType(message)).toBe(MESSAGE_SAVED);
    expect(decodeAppMessage(message)).toEqual({ type: MESSAGE_SAVED, stateVector: vector });
  });

  it("round-trips read-only and error messages and rejects garbage", () => {
    expect(decodeAppMessage(encodeReadOnlyMessage(true))).toEqual({ type: 101, readOnly: true });
    expect(decodeAppMessage(encodeReadOnlyMessage(false))).toEqual({ type: 101, readOnly: false });
    expect(decodeAppMessage(encodeErrorMessage("save-failed"))).toEqual({ type: 102, code: "save-failed" });
    expect(decodeAppMessage(new Uint8Array([100, 200]))).toBeNull();
    expect(decodeAppMessage(new Uint8Array([0, 1]))).toBeNull();
    expect(peekMessageType(new Uint8Array())).toBeNull();
  });

  it("frames payloads so y-websocket style handlers can read them after the type", () => {
    const decoder = decoding.createDecoder(encodeReadOnlyMessage(true));
    expect(decoding.readVarUint(decoder)).toBe(101);
    expect(decoding.readVarUint(decoder)).toBe(1);
  });
});

describe("close codes", () => {
  it("has a reason for every code and retries only transient failures", () => {
    for (const code of Object.values(CloseCode)) expect(CLOSE_REASONS[code].length).toBeLessThan(123);
    expect(isRetryableClose(CloseCode.Unauthenticated)).toBe(true);
    expect(isRetryableClose(CloseCode.ShuttingDown)).toBe(true);
    expect(isRetryableClose(CloseCode.TooManyConnections)).toBe(true);
    expect(isRetryableClose(1006)).toBe(true);
    expect(isRetryableClose(CloseCode.Forbidden)).toBe(false);
    expect(isRetryableClose(CloseCode.NotFound)).toBe(false);
    expect(isRetryableClose(CloseCode.MessageTooLarge)).toBe(false);
  });
});

describe("user colours", () => {
  it("is deterministic and spreads users over the palette", () => {
    expect(colorForUser("anna")).toBe(colorForUser("anna"));
    const used = new Set(Array.from({ length: 200 }, (_, i) => colorForUser(`user-${i}`)));
    expect(used.size).toBe(USER_COLORS.length);
  });
});

describe("save status", () => {
  it("is saved only when the saved vector covers every client id this client produced", () => {
    const local = new Map([
      [1, 10],
      [2, 5],
      [3, 7],
    ]);
    expect(isFullySaved(local, new Map([[1, 10]]), [1])).toBe(true);
    expect(isFullySaved(local, new Map([[1, 9]]), [1])).toBe(false);
    expect(isFullySaved(local, new Map([[1, 10]]), [1, 2])).toBe(false);
    // other people's edits (client 3) do not matter
    expect(isFullySaved(local, new Map([[1, 12]]), [1])).toBe(true);
    expect(restrictStateVector(local, [1, 3, 9])).toEqual(
      new Map([
        [1, 10],
        [3, 7],
      ]),
    );
  });

  it("follows a doc's own edits and merges saved vectors that arrive out of order", () => {
    const doc = new Y.Doc();
    doc.getMap("m").set("a", 1);
    const early = Y.decodeStateVector(Y.encodeStateVector(doc));
    doc.getMap("m").set("b", 2);
    const late = Y.decodeStateVector(Y.encodeStateVector(doc));
    expect(isDocFullySaved(doc, early, [doc.clientID])).toBe(false);
    const saved = mergeSavedVectors(late, early);
    expect(isDocFullySaved(doc, saved, [doc.clientID])).toBe(true);
  });

  it("maps connection facts to the header status", () => {
    const base = { isSynced: true, isFirstConnect: false, isFailed: false, isReadOnly: false, isFullySaved: true };
    expect(computeSaveStatus(base)).toBe("saved");
    expect(computeSaveStatus({ ...base, isFullySaved: false })).toBe("saving");
    expect(computeSaveStatus({ ...base, isSynced: false, isFirstConnect: true })).toBe("connecting");
    expect(computeSaveStatus({ ...base, isSynced: false, isFullySaved: false })).toBe("offline");
    expect(computeSaveStatus({ ...base, isSynced: false, isFailed: true, isFullySaved: false })).toBe("unsaved");
    expect(computeSaveStatus({ ...base, isReadOnly: true, isFullySaved: false })).toBe("unsaved");
  });
});
