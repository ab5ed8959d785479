import type { Browser } from "@playwright/test";
import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

// A person who leaves (closes the page or the laptop lid, loses the network) drops out of everyone
// else's presence within 10 s. Going offline, the page hears the browser's `offline` event, says
// goodbye and disconnects; the server removes a closed connection's awareness states and tells the
// others, and finds sockets whose network died without a word by a 2 s ping and MESSAGE_ALIVE (dropped after 6 s without an answer)
// (server/collab/heartbeat.test.ts): Chromium's offline emulation holds back the page's frames,
// the goodbye included, but its network stack keeps answering pings.
async function twoOnTheBoard(browser: Browser) {
  const a = await contextAs(browser, DEMO.taktisk);
  const b = await contextAs(browser, DEMO.strategisk);
  const boardId = await boardIdByName(a.page, DEMO_BOARD_NAME);
  await a.page.goto(`/boards/${boardId}`);
  await b.page.goto(`/boards/${boardId}/balansering`);
  const avatars = a.page.getByTestId("presence");
  await expect(avatars.getByText("Anders Berg — Balansering")).toHaveCount(1, { timeout: 10_000 });
  return { a, b, avatars };
}

test("a person who goes offline leaves the others' presence within 10 s, and comes back online", async ({
  browser,
}) => {
  const { a, b, avatars } = await twoOnTheBoard(browser);
  const started = Date.now();
  await b.context.setOffline(true);
  await expect(avatars.getByText("Anders Berg", { exact: false })).toHaveCount(0, { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  // Their own page says it is offline.
  await expect(b.page.getByTestId("save-status")).toHaveAttribute("data-status", "offline");

  await b.context.setOffline(false);
  await expect(avatars.getByText("Anders Berg — Balansering")).toHaveCount(1, { timeout: 10_000 });
  await a.context.close();
  await b.context.close();
});

test("a person who closes the page leaves the others' presence within 10 s", async ({ browser }) => {
  const { a, b, avatars } = await twoOnTheBoard(browser);
  const started = Date.now();
  await b.page.close();
  await expect(avatars.getByText("Anders Berg", { exact: false })).toHaveCount(0, { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await a.context.close();
  await b.context.close();
});
