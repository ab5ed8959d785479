import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isForeignServerAction } from "./action-origin";

const ours = (origin: string) => origin === "https://tavla.example.se";
const request = (method: string, headers: Record<string, string>) =>
  ({ method, headers }) as unknown as IncomingMessage;

describe("isForeignServerAction", () => {
  it("refuses a server action from another origin or an opaque one", () => {
    expect(isForeignServerAction(request("POST", { "next-action": "abc", origin: "https://evil.example" }), ours)).toBe(
      true,
    );
    expect(isForeignServerAction(request("POST", { "next-action": "abc", origin: "null" }), ours)).toBe(true);
  });

  it("lets our own actions, other requests and Origin-less actions through to Next.js", () => {
    expect(
      isForeignServerAction(request("POST", { "next-action": "abc", origin: "https://tavla.example.se" }), ours),
    ).toBe(false);
    expect(isForeignServerAction(request("POST", { origin: "https://evil.example" }), ours)).toBe(false);
    expect(isForeignServerAction(request("GET", { "next-action": "abc", origin: "https://evil.example" }), ours)).toBe(
      false,
    );
    expect(isForeignServerAction(request("POST", { "next-action": "abc" }), ours)).toBe(false);
  });
});
