import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

test("“Ny period från denna tavla” on the demo board gives a 2028 board with 2027's outcomes as history and a computed plan", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await contextAs(browser, DEMO.taktisk);
  const demoId = await boardIdByName(owner.page, DEMO_BOARD_NAME);
  const source = await (await owner.page.request.get(`/api/boards/${demoId}/export`)).json();
  await owner.page.goto(`/boards/${demoId}/installningar`);
  await owner.page.getByRole("button", { name: "Skapa ny period" }).click();
  await expect(owner.page.getByTestId("board-name")).toHaveText("Ortopedkliniken — produktionsplan 2028");
  const newId = owner.page.url().split("/").pop()!;
  expect(newId).not.toBe(demoId);

  const next = await (await owner.page.request.get(`/api/boards/${newId}/export`)).json();
  expect(next.horizon).toEqual({ start: "2028-W01", weeks: source.horizon.weeks });
  const [objectId, outcomes] = Object.entries(
    source.outcomes as Record<string, Record<string, { inflow?: number }>>,
  )[0]!;
  const carried = next.planningObjects.find((p: { id: string }) => p.id === objectId);
  for (const [week, outcome] of Object.entries(outcomes)) {
    if (outcome.inflow !== undefined) expect(carried.history[week]).toBe(outcome.inflow);
  }
  expect(next.outcomes).toBeUndefined();
  expect(next.measures.every((m: { status: string }) => m.status === "proposed")).toBe(true);

  const result = await owner.page.request.get(`/api/boards/${newId}/result`);
  expect(result.status()).toBe(200);
  const computed = await result.json();
  expect(Object.keys(computed.planningObjects)).toHaveLength(source.planningObjects.length);

  // The new board links back; then it is deleted again (only after typing its exact name).
  await owner.page.goto(`/boards/${newId}/installningar`);
  await expect(owner.page.getByRole("link", { name: "← Föregående period" })).toHaveAttribute(
    "href",
    `/boards/${demoId}`,
  );
  await owner.page.getByLabel("Tavlans namn").fill("Ortopedkliniken");
  await owner.page.getByRole("button", { name: "Radera tavlan för gott" }).click();
  await expect(owner.page.getByTestId("form-errors")).toContainText("Skriv tavlans namn exakt");
  await owner.page.getByLabel("Tavlans namn").fill("Ortopedkliniken — produktionsplan 2028");
  await owner.page.getByRole("button", { name: "Radera tavlan för gott" }).click();
  await expect(owner.page).toHaveURL(/\/$/);
  expect((await owner.page.request.get(`/api/boards/${newId}/export`)).status()).toBe(404);
  await owner.context.close();
});
