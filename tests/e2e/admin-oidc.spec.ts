import fs from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import Provider from "oidc-provider";
import { signInUi } from "./admin-helpers";
import { DEMO, DEMO_PASSWORD, expect, test } from "./fixtures";
import { freePort, type RunningServer, startServer, stopServer } from "./server-process";

// A local OpenID Connect provider (oidc-provider, its development login form accepts any login)
// and a server of its own with OIDC_AUTO_PROVISION=1 on a fresh demo database.
let app: RunningServer;
let idp: Server;
let baseURL: string;
let dataDir: string;

test.setTimeout(180_000);

test.beforeAll(async () => {
  const idpPort = freePort();
  const appPort = freePort();
  baseURL = `http://127.0.0.1:${appPort}`;
  const issuer = `http://127.0.0.1:${idpPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "planeringstavlan",
        client_secret: "oidc-e2e-client-secret-0123456789",
        redirect_uris: [`${baseURL}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "pks_level"] },
    conformIdTokenClaims: false,
    cookies: { keys: ["oidc-e2e-cookie-key"] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        email: `${id}@region-norr.se`,
        email_verified: true,
        name: "Kim Inloggad",
        pks_level: "taktisk",
      }),
    }),
  });
  idp = provider.listen(idpPort, "127.0.0.1");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-oidc-e2e-"));
  app = await startServer(
    {
      PKS_DATA_DIR: dataDir,
      NEXTAUTH_SECRET: "oidc-e2e-secret-0123456789abcdef",
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: "planeringstavlan",
      OIDC_CLIENT_SECRET: "oidc-e2e-client-secret-0123456789",
      OIDC_NAME: "Regionens inloggning",
      OIDC_AUTO_PROVISION: "1",
      OIDC_LEVEL_CLAIM: "pks_level",
    },
    appPort,
  );
});

test.afterAll(async () => {
  if (app) await stopServer(app);
  await new Promise<void>((resolve) => idp?.close(() => resolve()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("with auto-provisioning a new person signs in through the identity provider and exists afterwards", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL });
  await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: "Logga in med Regionens inloggning" }).click();
  await page.locator('input[name="login"]').fill("kim.sso");
  await page.locator('input[name="password"]').fill("vad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByTestId("user-menu")).toHaveText("Kim Inloggad");
  await context.close();

  // The organisation administrator (demo: Anders Berg) now finds the person, with the level from the claim.
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(admin, DEMO.strategisk, DEMO_PASSWORD);
  await admin.goto("/admin/people?q=kim.sso");
  const row = admin.getByTestId("person-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("kim.sso@region-norr.se");
  await expect(row).toContainText("Taktisk nivå");
  await admin.context().close();
});
