import { describe, expect, it } from "vitest";
import { mintCollabToken, verifyCollabToken } from "./collab-token";

const key = "test-key";

describe("collaboration tokens", () => {
  it("verifies a fresh token and returns its claims", () => {
    const token = mintCollabToken({ boardId: "b1", userId: "u1" }, { key, now: 1_000_000 });
    expect(verifyCollabToken(token, { key, now: 1_000_500 })).toMatchObject({ boardId: "b1", userId: "u1" });
  });
  it("rejects an expired token", () => {
    const token = mintCollabToken({ boardId: "b1", userId: "u1" }, { key, now: 0, ttlSeconds: 60 });
    expect(verifyCollabToken(token, { key, now: 60_000 })).toBeNull();
    expect(verifyCollabToken(token, { key, now: 59_000 })).not.toBeNull();
  });
  it("rejects a token signed with another key or with a changed payload", () => {
    const token = mintCollabToken({ boardId: "b1", userId: "u1" }, { key });
    expect(verifyCollabToken(token, { key: "other" })).toBeNull();
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ boardId: "b2", userId: "u1", exp: 9e9 })).toString("base64url")}.${signature}`;
    expect(verifyCollabToken(forged, { key })).toBeNull();
  });
  it("rejects garbage", () => {
    for (const value of ["", "abc", "a.b.c", null, undefined]) expect(verifyCollabToken(value, { key })).toBeNull();
  });
});
