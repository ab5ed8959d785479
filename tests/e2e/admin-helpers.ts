import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, expect, type Page } from "@playwright/test";
import { freePort, type RunningServer, startServer } from "./server-process";

export const ADMIN = { email: "it.admin@region-norr.se", password: "Region-Norr-Start-2028", name: "Ingrid Admin" };

/** A server of its own on a fresh, empty data folder (no demo), and the setup link it printed. */
export async function startEmptyServer(env: Record<string, string> = {}): Promise<{
  server: RunningServer;
  baseURL: string;
  dataDir: string;
  setupLink: string;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-admin-e2e-"));
  const port = freePort();
  const server = await startServer(
    { PKS_DATA_DIR: dataDir, PKS_SEED_DEMO: "0", NEXTAUTH_SECRET: "admin-e2e-secret-0123456789abcdef", ...env },
    port,
  );
  const match = server.output().match(/First run: open (\S+\/setup\/[A-Za-z0-9_-]+) /);
  if (!match) throw new Error(`no setup link in the output:\n${server.output()}`);
  return { server, baseURL: `http://127.0.0.1:${port}`, dataDir, setupLink: match[1]! };
}

/** Signs in through the login page and waits until the app has let the person in (or, when refused, for the message). */
export async function signInUi(page: Page, email: string, password: string, refused = false): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  if (refused) await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  else await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Completes the setup page and signs the administrator in. */
export async function completeSetup(browser: Browser, baseURL: string, setupLink: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(setupLink);
  await page.getByLabel("Organisationens namn").fill("Region Norr");
  await page.getByLabel("Namn", { exact: true }).fill(ADMIN.name);
  await page.getByLabel("E-post", { exact: true }).fill(ADMIN.email);
  await page.getByLabel("Lösenord", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Skapa organisationen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInUi(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("link", { name: "Administration" })).toBeVisible();
  return page;
}

/** Creates a person on the administration page with a temporary password. */
export async function createPerson(
  page: Page,
  person: { name: string; email: string; level: string; unit: string; password: string },
): Promise<void> {
  await page.goto("/admin/people/new");
  await page.getByLabel("Namn", { exact: true }).fill(person.name);
  await page.getByLabel("E-post", { exact: true }).fill(person.email);
  await page.getByLabel("Nivå").selectOption(person.level);
  await page.getByLabel(person.unit).check();
  await page.getByLabel("Tillfälligt lösenord").fill(person.password);
  await page.getByRole("button", { name: "Skapa person" }).click();
  await expect(page.getByRole("status")).toContainText("Personen är skapad");
}
