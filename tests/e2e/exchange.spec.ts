import { DEMO, expect, signInApi, test } from "./fixtures";

test.describe("pks-board exchange through the API", () => {
  test("export → import → export gives the same document", async ({ request }) => {
    await signInApi(request, DEMO.taktisk);
    const html = await (await request.get("/")).text();
    const id = html.match(/href="\/boards\/([0-9a-f-]{36})"/)![1];
    const first = await request.get(`/api/boards/${id}/export`);
    expect(first.status()).toBe(200);
    expect(first.headers()["content-disposition"]).toContain("pks-board.json");
    const text = await first.text();
    expect(JSON.parse(text)).toMatchObject({ format: "pks-board", version: 2 });
    const created = await request.post("/api/boards/import", {
      data: text,
      headers: { "content-type": "application/json" },
    });
    expect(created.status()).toBe(201);
    const { id: newId } = await created.json();
    expect(newId).not.toBe(id);
    const second = await (await request.get(`/api/boards/${newId}/export`)).text();
    expect(second).toBe(text);
    const scenario = await (await request.get(`/api/boards/${newId}/result?mode=scenario`)).json();
    expect(scenario.mode).toBe("scenario");
    expect((await request.get(`/api/boards/${newId}/result?mode=x`)).status()).toBe(400);
  });

  test("an invalid document is refused with the field path and nothing is created", async ({ request }) => {
    await signInApi(request, DEMO.strategisk);
    const before = (await (await request.get("/")).text()).match(/href="\/boards\/[0-9a-f-]{36}"/g)?.length ?? 0;
    const bad = {
      format: "pks-board",
      version: 1,
      board: { name: "Trasig" },
      horizon: { start: "2026-W01", weeks: 4 },
      resources: [],
      planningObjects: [{ id: "a", service: "Nybesök", history: { "2026-W54": 3 } }],
    };
    const response = await request.post("/api/boards/import", { data: bad });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('planningObjects[0].history["2026-W54"]: no such ISO week');
    const after = (await (await request.get("/")).text()).match(/href="\/boards\/[0-9a-f-]{36}"/g)?.length ?? 0;
    expect(after).toBe(before);
    const notJson = await request.post("/api/boards/import", {
      data: "{ not json",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status()).toBe(400);
  });
});
