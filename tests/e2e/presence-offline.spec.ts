import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

test.describe("presence", () => {
  for (const how of ["goes offline", "closes the page"] as const) {
    test(`a person who ${how} leaves the others' presence within 10 s`, async ({ browser }) => {
      const a = await contextAs(browser, DEMO.taktisk);
      const b = await contextAs(browser, DEMO.strategisk);
      const boardId = await boardIdByName(a.page, DEMO_BOARD_NAME);
      await a.page.goto(`/boards/${boardId}`);
      await b.page.goto(`/boards/${boardId}/balansering`);
      const avatars = a.page.getByTestId("presence");
      await expect(avatars.getByText("Anders Berg", { exact: false })).toHaveCount(1, { timeout: 10_000 });
      const started = Date.now();
      if (how === "goes offline") await b.context.setOffline(true);
      else await b.page.close();
      await expect(avatars.getByText("Anders Berg", { exact: false })).toHaveCount(0, { timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(10_000);
      await a.context.close();
      await b.context.close();
    });
  }
});
