import { describe, expect, it } from "vitest";
import { safeReturnUrl } from "./safe-return-url";

const ORIGIN = "https://tavla.example.se";

describe("safeReturnUrl", () => {
  it.each([
    ["/boards/abc", "/boards/abc"],
    ["/boards/abc?tab=kapacitet#x", "/boards/abc?tab=kapacitet#x"],
    ["https://tavla.example.se/boards/1", "/boards/1"],
    ["boards/1", "/boards/1"],
    ["/%C3%A5rsplan", "/%C3%A5rsplan"],
  ])("follows the same-origin path %s", (value, expected) => {
    expect(safeReturnUrl(value, ORIGIN)).toBe(expected);
  });

  it.each([
    // The two that sent a real browser elsewhere after a real login (issue 10).
    "/\\evil.example/boards",
    "/%09/evil.example/boards",
    "/\t/evil.example",
    "//evil.example",
    "/%5Cevil.example",
    "/%255Cevil.example",
    "/%2509/evil.example",
    "https://evil.example/boards",
    "https://tavla.example.se.evil.example/",
    "http://tavla.example.se/boards",
    "https://tavla.example.se//evil.example",
    "javascript:alert(1)",
    "/\u0000x",
    "/%E0%A4%A",
    "",
    "x".repeat(3000),
  ])("refuses %j", (value) => {
    expect(safeReturnUrl(value, ORIGIN)).toBeNull();
  });

  it("refuses non-strings", () => {
    expect(safeReturnUrl(undefined, ORIGIN)).toBeNull();
    expect(safeReturnUrl(["/a"], ORIGIN)).toBeNull();
  });
});
