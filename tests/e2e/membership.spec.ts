import { contextAs, DEMO, expect, test } from "./fixtures";

test.describe("membership and roles", () => {
  test("an owner adds a viewer, who can read the board but not reach the members page", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    await owner.page.goto("/boards/new");
    await owner.page.getByLabel("Namn").fill("Ortopedi — rollprov");
    await owner.page.getByLabel("Verksamhet").selectOption({ label: "Ortopedkliniken" });
    await owner.page.getByRole("button", { name: "Skapa tavla" }).click();
    await expect(owner.page.getByTestId("board-name")).toHaveText("Ortopedi — rollprov");
    const boardId = owner.page.url().split("/").pop()!;

    // Karin is not a member yet: the board does not exist for her (404), the API too.
    const outsider = await contextAs(browser, DEMO.karin);
    const notMember = await outsider.page.goto(`/boards/${boardId}`);
    expect(notMember?.status()).toBe(404);
    expect((await outsider.page.request.get(`/api/boards/${boardId}/export`)).status()).toBe(404);

    await owner.page.getByRole("link", { name: "Medlemmar" }).click();
    await owner.page.getByLabel("Person", { exact: true }).selectOption({ label: "Karin Ek — Taktisk nivå" });
    await owner.page.getByLabel("Roll", { exact: true }).last().selectOption("viewer");
    await owner.page.getByRole("button", { name: "Lägg till" }).click();
    await expect(owner.page.locator("main").getByRole("status")).toHaveText("Ändringen är sparad.");
    await expect(owner.page.getByTestId("member-karin.taktisk@exempel.se")).toBeVisible();

    const asViewer = await outsider.page.goto(`/boards/${boardId}`);
    expect(asViewer?.status()).toBe(200);
    await expect(outsider.page.getByTestId("board-role")).toContainText("Läsare");
    await expect(outsider.page.getByText("Du kan bara läsa den här tavlan.")).toBeVisible();
    await expect(outsider.page.getByRole("link", { name: "Medlemmar" })).toHaveCount(0);
    const members = await outsider.page.goto(`/boards/${boardId}/members`);
    expect(members?.status()).toBe(403);
    await expect(outsider.page.getByRole("heading", { name: "Behörighet saknas" })).toBeVisible();
    // Importing writes to the board: editors only.
    expect((await outsider.page.goto(`/boards/${boardId}/import`))?.status()).toBe(403);
    // The viewer may read the board through the API, and gets a collaboration token for reading.
    expect((await outsider.page.request.get(`/api/boards/${boardId}/export`)).status()).toBe(200);

    await owner.context.close();
    await outsider.context.close();
  });

  test("a role change reaches the person's open tab at once, which turns read-only", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    await owner.page.goto("/boards/new");
    await owner.page.getByLabel("Namn").fill("Ortopedi — rollbyte");
    await owner.page.getByLabel("Verksamhet").selectOption({ label: "Ortopedkliniken" });
    await owner.page.getByRole("button", { name: "Skapa tavla" }).click();
    await expect(owner.page.getByTestId("board-name")).toHaveText("Ortopedi — rollbyte");
    const boardId = owner.page.url().split("/").pop()!;
    await owner.page.getByRole("link", { name: "Medlemmar" }).click();
    await owner.page.getByLabel("Person", { exact: true }).selectOption({ label: "Karin Ek — Taktisk nivå" });
    await owner.page.getByLabel("Roll", { exact: true }).last().selectOption("editor");
    await owner.page.getByRole("button", { name: "Lägg till" }).click();
    await expect(owner.page.getByTestId("member-karin.taktisk@exempel.se")).toBeVisible();

    const karin = await contextAs(browser, DEMO.karin);
    await karin.page.goto(`/boards/${boardId}`);
    const notes = karin.page.getByTestId("editor-overview-notes").getByRole("textbox");
    await expect(notes).toHaveAttribute("contenteditable", "true");
    await expect(karin.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

    const row = owner.page.getByTestId("member-karin.taktisk@exempel.se");
    await row.getByLabel("Roll").selectOption("viewer");
    await row.getByRole("button", { name: "Spara roll" }).click();
    // Without a reload: the push seam tells Karin's tab, and the editor stops accepting input.
    await expect(karin.page.getByTestId("role-notice")).toHaveText(/Din roll på tavlan är nu Läsare/, {
      timeout: 3000,
    });
    await expect(notes).toHaveAttribute("contenteditable", "false");
    await owner.context.close();
    await karin.context.close();
  });

  test("the last owner cannot demote or remove themself", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    await owner.page.goto("/boards/new");
    await owner.page.getByLabel("Namn").fill("Ortopedi — ägarprov");
    await owner.page.getByLabel("Verksamhet").selectOption({ label: "Ortopedkliniken" });
    await owner.page.getByRole("button", { name: "Skapa tavla" }).click();
    await expect(owner.page.getByTestId("board-name")).toHaveText("Ortopedi — ägarprov");
    await owner.page.getByRole("link", { name: "Medlemmar" }).click();
    const row = owner.page.getByTestId("member-maria.taktisk@exempel.se");
    await row.getByLabel("Roll").selectOption("editor");
    await row.getByRole("button", { name: "Spara roll" }).click();
    await expect(owner.page.locator("main").getByRole("alert")).toHaveText(/minst en ägare/);
    await owner.page.getByTestId("member-maria.taktisk@exempel.se").getByRole("button", { name: "Ta bort" }).click();
    const question = owner.page.getByRole("alertdialog", { name: "Ta bort Maria Svensson från tavlan?" });
    await question.getByRole("button", { name: "Ta bort", exact: true }).click();
    await expect(owner.page.locator("main").getByRole("alert")).toHaveText(/minst en ägare/);
    await expect(owner.page.getByTestId("board-role")).toContainText("Ägare");
    await owner.context.close();
  });

  test("unauthenticated requests are refused on pages and API routes", async ({ request }) => {
    const api = await request.get("/api/boards/00000000-0000-0000-0000-000000000000/export");
    expect(api.status()).toBe(401);
    const page = await request.get("/boards/new", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toContain("/login");
    const unknown = await request.get("/finns-inte");
    expect(unknown.status()).toBe(404);
  });
});
