import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";
export const DEMO = {
  taktisk: "maria.taktisk@exempel.se",
  strategisk: "anders.strategisk@exempel.se",
  operativ: "johan.operativ@exempel.se",
  politisk: "eva.politisk@exempel.se",
  karin: "karin.taktisk@exempel.se",
  lars: "lars.operativ@exempel.se",
} as const;
export const DEMO_BOARD_NAME = "Ortopedkliniken — produktionsplan 2027";

/** Signs in through next-auth's credentials endpoint (no UI), sharing the cookie jar of `request`. */
export async function signInApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.email, `sign-in as ${email} failed`).toBe(email);
}

/** A new browser context signed in as `email`. */
export async function contextAs(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await signInApi(context.request, email);
  const page = await context.newPage();
  return { context, page };
}

/** The id of a board the signed-in user sees in the board list, by name. */
export async function boardIdByName(page: Page, name: string): Promise<string> {
  await page.goto("/");
  const link = page.getByRole("link", { name: new RegExp(escapeRegExp(name)) }).first();
  const href = await link.getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`board "${name}" not in the list`);
  return id;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const test = base;
export { expect };
