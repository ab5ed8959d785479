import { describe, expect, it } from "vitest";
import { authOptions } from "./options";

const baseUrl = "https://tavla.example.se";
const redirect = (url: string) => authOptions.callbacks?.redirect?.({ url, baseUrl }) as Promise<string>;

describe("next-auth redirect callback", () => {
  it("keeps same-origin targets", async () => {
    expect(await redirect("/boards/1?x=2")).toBe(`${baseUrl}/boards/1?x=2`);
    expect(await redirect(`${baseUrl}/login`)).toBe(`${baseUrl}/login`);
  });

  it.each(["/\\evil.example/", "/%09/evil.example/", "https://evil.example/", "//evil.example"])(
    "sends %j to the start page instead of another host",
    async (url) => {
      expect(await redirect(url)).toBe(`${baseUrl}/`);
    },
  );
});
