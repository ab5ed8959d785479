// `npm run screenshots`: signs in as the demo users against a running server (BASE_URL) and saves
// a screenshot of each page to docs/screenshots/, for the README and for looking at the UI.
import { chromium } from "@playwright/test";

const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = process.env.OUT_DIR ?? "docs/screenshots";

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-gpu", "--disable-quic", "--no-sandbox"],
  });
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 }, locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.screenshot({ path: `${out}/login.png` });
  await page.getByLabel("E-postadress").fill("maria.taktisk@exempel.se");
  await page.getByLabel("Lösenord").fill("demo1234");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByRole("heading", { name: "Tavlor" }).waitFor();
  await page.screenshot({ path: `${out}/boards.png` });
  await page.getByRole("link", { name: /Ortopedkliniken — produktionsplan 2027/ }).click();
  await page.getByTestId("limiting-resource").waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/overview.png` });
  const boardUrl = page.url();
  // Every section of the board's rail, each at 1280×720 as on a projector.
  const sections: [path: string, file: string][] = [
    ["behov", "behov"],
    ["kapacitet", "kapacitet"],
    ["balansering", "balansering"],
    ["produktionsplan", "produktionsplan"],
    ["uppfoljning", "uppfoljning"],
    ["agreements", "agreements"],
    ["self-assessment", "self-assessment"],
    ["history", "historik"],
    ["import", "import"],
    ["installningar", "installningar"],
    ["settings/bi", "bi-nycklar"],
  ];
  for (const [path, file] of sections) {
    await page.goto(`${boardUrl}/${path}`);
    await page.locator("main h2, main h1").first().waitFor();
    await page.waitForTimeout(1000); // let charts finish their entry animation
    await page.screenshot({ path: `${out}/${file}.png` });
  }
  await page.goto(boardUrl);
  await page.getByRole("link", { name: "Medlemmar" }).click();
  await page.getByRole("heading", { name: "Medlemmar" }).waitFor();
  await page.screenshot({ path: `${out}/members.png` });
  await page.goto("/boards/new");
  await page.screenshot({ path: `${out}/new-board.png` });
  await page.goto("/profile");
  await page.screenshot({ path: `${out}/profile.png` });
  // One in English: numbers, weeks and months follow the UI language.
  await context.addCookies([{ name: "pks-locale", value: "en", url: baseURL }]);
  await page.goto(`${boardUrl}/balansering`);
  await page
    .getByRole("heading", { level: 2, name: /^Balancing/ })
    .first()
    .waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/balansering-en.png` });
  await browser.close();
  console.log(`Screenshots saved in ${out}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
