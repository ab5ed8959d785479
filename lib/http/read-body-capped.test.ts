import { describe, expect, it } from "vitest";
import { readBodyCapped } from "./read-body-capped";

const MiB = 1024 * 1024;

/** An endless body of 1 MiB chunks that counts how many were pulled. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(MiB));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/boards/import", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

describe("readBodyCapped", () => {
  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const body = endlessBody();
    const result = await readBodyCapped(post(body.stream, { "content-length": String(300 * MiB) }), 20 * MiB);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it("cuts off a chunked body as soon as it passes the cap (issue 10: 300 MB were read first)", async () => {
    const body = endlessBody();
    const result = await readBodyCapped(post(body.stream), 20 * MiB);
    expect(result).toMatchObject({ ok: false, status: 413 });
    // 21 chunks pass the cap; the stream's own read-ahead may pull one or two more.
    expect(body.pulled()).toBeLessThanOrEqual(23);
    expect(body.cancelled()).toBe(true);
  });

  it("reads a body within the cap as UTF-8, also when it arrives in pieces", async () => {
    const bytes = new TextEncoder().encode('{"namn":"Vårdavdelning Ö"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 12));
        controller.enqueue(bytes.slice(12));
        controller.close();
      },
    });
    expect(await readBodyCapped(post(stream), 1000)).toEqual({
      ok: true,
      text: '{"namn":"Vårdavdelning Ö"}',
      bytes: bytes.byteLength,
    });
  });

  it("refuses a malformed Content-Length", async () => {
    expect(await readBodyCapped(post("x", { "content-length": "-5" }), 1000)).toMatchObject({ ok: false, status: 400 });
  });
});
