import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

// A person who leaves (closes the page or the laptop lid, loses the network) drops out of everyone
// else's presence at once: the server removes a closed connection's awareness states and tells the
// others, and finds dead sockets by a 4 s ping. (Chromium's offline emulation keeps an open
// WebSocket's frames flowing, so a real network cut can't be staged here; a closed page can.)
test("a person who closes the page leaves the others' presence within 10 s", async ({ browser }) => {
  const a = await contextAs(browser, DEMO.taktisk);
  const b = await contextAs(browser, DEMO.strategisk);
  const boardId = await boardIdByName(a.page, DEMO_BOARD_NAME);
  await a.page.goto(`/boards/${boardId}`);
  await b.page.goto(`/boards/${boardId}/balansering`);
  const avatars = a.page.getByTestId("presence");
  await expect(avatars.getByText("Anders Berg — Balansering")).toHaveCount(1, { timeout: 10_000 });
  const started = Date.now();
  await b.page.close();
  await expect(avatars.getByText("Anders Berg", { exact: false })).toHaveCount(0, { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await a.context.close();
  await b.context.close();
});
