import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { ADMIN, completeSetup, createPerson, signInUi, startEmptyServer } from "./admin-helpers";
import { expect, test } from "./fixtures";
import { type RunningServer, stopServer } from "./server-process";

// One server of its own per file: an empty database without the demo, mail through a local SMTP server.
let server: RunningServer;
let baseURL: string;
let dataDir: string;
let setupLink: string;
let smtp: SMTPServer;
const mails: { to: string; text: string }[] = [];

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onData(stream, session, callback) {
      let text = "";
      stream.on("data", (chunk) => {
        text += chunk;
      });
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  ({ server, baseURL, dataDir, setupLink } = await startEmptyServer({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }));
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("first run: the setup link creates the region and an administrator; a person with a temporary password changes it and creates a board", async ({
  browser,
}) => {
  const visitor = await browser.newContext({ baseURL });
  const before = await visitor.newPage();
  await before.goto("/");
  await expect(before.getByTestId("setup-required")).toContainText("inte skapade");
  await before.goto("/login");
  await expect(before.getByTestId("setup-required")).toBeVisible();

  const admin = await completeSetup(browser, baseURL, setupLink);
  await before.goto(setupLink);
  await expect(before.getByTestId("link-refused")).toHaveText(/redan använts|redan skapad/);
  await visitor.close();

  await admin.goto("/admin/units");
  await admin.getByLabel("Namn", { exact: true }).fill("Ortopedkliniken");
  await admin.getByRole("button", { name: "Skapa verksamhet" }).click();
  await expect(admin.getByRole("status")).toHaveText("Verksamheten Ortopedkliniken är skapad.");
  await admin.getByLabel("Namn", { exact: true }).fill("ortopedkliniken");
  await admin.getByRole("button", { name: "Skapa verksamhet" }).click();
  await expect(admin.getByTestId("form-errors")).toHaveText("Namn: Det finns redan en verksamhet med det namnet.");

  const first = {
    name: "Sara Planerare",
    email: "sara@region-norr.se",
    level: "taktisk",
    unit: "Ortopedkliniken",
    password: "Tillfalligt-Sara-1",
  };
  await createPerson(admin, first);
  await createPerson(admin, {
    ...first,
    name: "Olle Operativ",
    email: "olle@region-norr.se",
    level: "operativ",
    password: "Tillfalligt-Olle-2",
  });
  await admin.goto("/admin/people/new");
  await admin.getByLabel("Namn", { exact: true }).fill("Dubbel Person");
  await admin.getByLabel("E-post", { exact: true }).fill("SARA@region-norr.se");
  await admin.getByLabel("Tillfälligt lösenord").fill("Tillfalligt-Dubbel-3");
  await admin.getByRole("button", { name: "Skapa person" }).click();
  await expect(admin.getByTestId("form-errors")).toHaveText(
    "E-post: Det finns redan en person med den e-postadressen.",
  );
  await admin.goto("/admin/people");
  await expect(admin.getByTestId("person-row")).toHaveCount(3);

  const sara = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(sara, first.email, first.password);
  await expect(sara).toHaveURL(/\/password$/);
  await sara.goto("/");
  await expect(sara).toHaveURL(/\/password$/);
  await sara.getByLabel("Nuvarande lösenord").fill(first.password);
  await sara.getByLabel("Nytt lösenord").fill("password123");
  await sara.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(sara.getByTestId("form-errors")).toContainText("vanligaste lösenorden");
  await sara.getByLabel("Nuvarande lösenord").fill(first.password);
  await sara.getByLabel("Nytt lösenord").fill("Saras-egna-lösen-2028");
  await sara.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(sara).toHaveURL(`${baseURL}/`);
  await sara.goto("/boards/new");
  await sara.getByLabel("Namn").fill("Ortopedkliniken — produktionsplan 2028");
  await sara.getByLabel("Verksamhet").selectOption({ label: "Ortopedkliniken" });
  await sara.getByRole("button", { name: "Skapa tavla" }).click();
  await expect(sara.getByTestId("board-name")).toHaveText("Ortopedkliniken — produktionsplan 2028");
  await sara.context().close();
  await admin.context().close();
});

test("a deactivated person's open board tab is disconnected within 5 s and their next request is refused", async ({
  browser,
}) => {
  const sara = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(sara, "sara@region-norr.se", "Saras-egna-lösen-2028");
  const closed = new Promise<number>((resolve) => {
    sara.on("websocket", (ws) => ws.on("close", () => resolve(Date.now())));
  });
  await sara.getByRole("link", { name: /produktionsplan 2028/ }).click();
  await expect(sara.getByTestId("board-name")).toBeVisible();
  const boardId = sara.url().split("/").pop()!;
  await expect(sara.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/admin/people?q=sara");
  await admin.getByRole("link", { name: "Sara Planerare" }).click();
  await admin.getByRole("button", { name: "Inaktivera" }).click();
  // The question is an accessible alert dialog, not the browser's own prompt; its button confirms.
  await admin.getByRole("alertdialog").getByRole("button", { name: "Inaktivera" }).click();
  const deactivatedAt = Date.now();
  await expect(admin.getByRole("status")).toContainText("inaktiverad");
  const closedAt = await closed;
  expect(closedAt - deactivatedAt).toBeLessThan(5000);
  await expect(sara.getByTestId("save-status")).not.toHaveAttribute("data-status", "saved", { timeout: 5000 });
  expect((await sara.request.get(`/api/boards/${boardId}/export`)).status()).toBe(401);
  expect((await sara.request.post(`/api/boards/${boardId}/collab-token`)).status()).toBe(401);
  await sara.goto("/");
  await expect(sara).toHaveURL(/\/login/);
  // Signing in again is refused too.
  await signInUi(sara, "sara@region-norr.se", "Saras-egna-lösen-2028", true);
  await admin.getByRole("button", { name: "Återaktivera" }).click();
  await expect(admin.getByRole("status")).toContainText("aktiv igen");
  await admin.context().close();
  await sara.context().close();
});

function peopleCsv(count: number, badRow: number): string {
  const lines = ["Namn;E-post;Nivå;Verksamhet"];
  for (let i = 1; i <= count; i++) {
    const level = i === badRow ? "chef" : i % 2 ? "operativ" : "taktisk";
    lines.push(`Person ${i};person${i}@region-norr.se;${level};Ortopedkliniken`);
  }
  return `${lines.join("\n")}\n`;
}

test("a CSV of 200 people shows its one bad row and stores nothing until it is excluded", async ({ browser }) => {
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/admin/people/import");
  await admin.getByLabel("Fil (CSV eller XLSX)").setInputFiles({
    name: "personal.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(peopleCsv(200, 137)),
  });
  await expect(admin.getByText("200 rader i filen.")).toBeVisible();
  await admin.getByRole("button", { name: "Kontrollera rader" }).click();
  const errors = admin.getByTestId("import-errors").locator("li");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText("Rad 137, Nivå: Nivån finns inte.");
  await expect(admin.getByRole("button", { name: /^Importera/ })).toHaveCount(0);
  const untouched = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(untouched, ADMIN.email, ADMIN.password);
  await untouched.goto("/admin/people?status=all");
  await expect(untouched.getByRole("status")).toHaveText("3 personer");
  await admin.getByRole("button", { name: "Uteslut rad 137" }).click();
  await expect(admin.getByText("199 rader är kontrollerade och utan fel.")).toBeVisible();
  await admin.getByRole("button", { name: "Importera 199 personer" }).click();
  await expect(admin.getByText("199 personer är importerade.")).toBeVisible();
  await untouched.reload();
  await expect(untouched.getByRole("status")).toHaveText("202 personer");
  await untouched.context().close();
  await admin.context().close();
});

test("an invitation e-mail arrives through SMTP and its link works once", async ({ browser }) => {
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/admin/invite");
  await admin.getByLabel("E-post", { exact: true }).fill("ny.kollega@region-norr.se");
  await admin.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(admin.getByRole("status")).toHaveText("Inbjudan har skickats med e-post.");
  await expect.poll(() => mails.length).toBeGreaterThan(0);
  const mail = mails.find((m) => m.to === "ny.kollega@region-norr.se")!;
  const link = mail.text.replace(/=\r?\n/g, "").match(/http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeTruthy();

  const invited = await (await browser.newContext({ baseURL })).newPage();
  await invited.goto(link!);
  await invited.getByLabel("Namn", { exact: true }).fill("Nina Kollega");
  await invited.getByLabel("Lösenord", { exact: true }).fill("Ninas-lösenord-2028");
  await invited.getByRole("button", { name: "Skapa mitt konto" }).click();
  await expect(invited).toHaveURL(/\/login/);
  await signInUi(invited, "ny.kollega@region-norr.se", "Ninas-lösenord-2028");
  await expect(invited.getByTestId("user-menu")).toHaveText("Nina Kollega");
  const again = await (await browser.newContext({ baseURL })).newPage();
  await again.goto(link!);
  await expect(again.getByTestId("link-refused")).toHaveText("Länken har redan använts.");
  await expect(again.getByRole("textbox")).toHaveCount(0);
  await again.context().close();
  await invited.context().close();
  await admin.context().close();
});
