import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import { demoOrganisation } from "../../lib/demo/organisation";
import { createOrthoBoard, type PksBoard } from "../../lib/demo/ortho-board";

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

/** A board member to add after creating a board: an e-mail of `DEMO` and a role. */
export interface BoardMemberSpec {
  email: string;
  role: "viewer" | "commenter" | "editor" | "owner";
}

/** What `createBoard` may change of the demo document; `members` are added through the members page. */
export type BoardOverrides = Partial<Omit<PksBoard, "format" | "version" | "board">> & {
  name?: string;
  unit?: string;
  level?: PksBoard["board"]["level"];
  members?: BoardMemberSpec[];
};

/**
 * Creates a board of its own for a spec through the import API (`POST /api/boards/import`), owned
 * by the user signed in on `request`, so no spec changes the shared demo board. The document is the
 * orthopaedic demo board with `overrides` applied (top-level fields replaced); `members` are added
 * by the owner on the members page (`ownerPage` must share `request`'s cookies: `context.request`).
 */
export async function createBoard(
  request: APIRequestContext,
  overrides: BoardOverrides = {},
  ownerPage?: Page,
): Promise<{ id: string; name: string; document: PksBoard }> {
  const { name, unit, level, members = [], ...data } = overrides;
  const demo = createOrthoBoard();
  const document: PksBoard = {
    ...demo,
    ...data,
    board: {
      ...demo.board,
      name: name ?? `E2E ${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
      unit: unit ?? demo.board.unit,
      level: level ?? demo.board.level,
    },
  };
  const response = await request.post("/api/boards/import", { data: document });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  if (members.length > 0) {
    if (!ownerPage) throw new Error("createBoard: members need the owner's page");
    for (const member of members) await addMember(ownerPage, id, member);
  }
  return { id, name: document.board.name, document };
}

/** Adds a member on the board's members page, as its owner. */
export async function addMember(ownerPage: Page, boardId: string, member: BoardMemberSpec): Promise<void> {
  const user = demoOrganisation.users.find((u) => u.email === member.email);
  if (!user) throw new Error(`no demo user ${member.email}`);
  await ownerPage.goto(`/boards/${boardId}/members`);
  const person = ownerPage.getByLabel("Person", { exact: true });
  const value = await person.locator("option", { hasText: user.name }).getAttribute("value");
  await person.selectOption(value ?? "");
  await ownerPage.getByLabel("Roll", { exact: true }).last().selectOption(member.role);
  await ownerPage.getByRole("button", { name: "Lägg till" }).click();
  await expect(ownerPage.getByTestId(`member-${member.email}`)).toBeVisible();
}

/** The board as the export API gives it (the stored `pks-board` document). */
export async function exportBoard(request: APIRequestContext, boardId: string): Promise<PksBoard> {
  const response = await request.get(`/api/boards/${boardId}/export`);
  expect(response.status()).toBe(200);
  return JSON.parse(await response.text()) as PksBoard;
}

export const test = base;
export { expect };
