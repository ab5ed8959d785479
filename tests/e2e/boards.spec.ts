import { contextAs, DEMO, expect, test } from "./fixtures";

test.describe("boards", () => {
  test("creating a board validates on the server and makes the creator its owner", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.karin);
    await page.goto("/");
    await page.getByRole("link", { name: "Ny tavla" }).click();
    await expect(page.getByRole("heading", { name: "Ny tavla" })).toBeVisible();
    await page.getByLabel("Namn").fill("x");
    await page.getByLabel("Planeringsår").fill("1999");
    await page.getByRole("button", { name: "Skapa tavla" }).click();
    await expect(page.getByText("Ange ett namn (2–120 tecken).")).toBeVisible();
    await expect(page.getByText("Välj en verksamhet i din organisation.")).toBeVisible();
    await expect(page.getByText("Ange ett år mellan 2000 och 2100.")).toBeVisible();

    await page.getByLabel("Namn").fill("Kirurgkliniken — produktionsplan 2028");
    await page.getByLabel("Verksamhet").selectOption({ label: "Kirurgkliniken" });
    await page.getByLabel("Planeringsår").fill("2028");
    await page.getByRole("button", { name: "Skapa tavla" }).click();
    await expect(page.getByTestId("board-name")).toHaveText("Kirurgkliniken — produktionsplan 2028");
    await expect(page.getByTestId("board-role")).toContainText("Ägare");
    await expect(page.getByText("Inga planeringsobjekt eller resurser ännu")).toBeVisible();
    // 2028 has 52 ISO weeks; the empty board's horizon covers them.
    await expect(page.getByText("52 veckor från v. 1 2028")).toBeVisible();

    await page.goto("/?q=kirurg");
    await expect(page.getByRole("link", { name: /Kirurgkliniken — produktionsplan 2028/ })).toBeVisible();
    await page.goto("/?q=finnsinte");
    await expect(page.getByText("Inga tavlor matchar ”finnsinte”.")).toBeVisible();
    await context.close();
  });

  test("the overview shows the engine's numbers for the demo board", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    await page.goto("/");
    await page.getByRole("link", { name: /Ortopedkliniken — produktionsplan 2027/ }).click();
    await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const result = await (await page.request.get(`/api/boards/${id}/result?mode=plan`)).json();
    const limiting = result.limitingResource as string;
    expect(limiting).toBe("lak");
    await expect(page.getByTestId("limiting-resource")).toContainText("Läkare");
    const coverage = Math.round(result.resources[limiting].coverage * 100);
    await expect(page.getByTestId("limiting-resource")).toContainText(`${coverage} %`);
    await expect(page.getByTestId("balance-status")).toContainText(result.balanced ? "I balans" : "Kapacitetsbrist i");
    const need = result.resources.lak.need.reduce((a: number, b: number) => a + b, 0);
    const formatted = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(need);
    await expect(page.getByTestId("resource-row-lak")).toContainText(formatted);
    await context.close();
  });
});
