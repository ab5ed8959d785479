/**
 * Reading a request body with a byte cap. `request.text()` buffers everything before any size
 * check (a 300 MB upload grew the server by ~450 MiB before its 413); here a declared
 * Content-Length over the cap is refused before one byte is read, and a body without one
 * (chunked) is cut off as soon as what arrived passes the cap.
 */

export type CappedBody = { ok: true; text: string; bytes: number } | { ok: false; status: 400 | 413; reason: string };

/** Reads `request`'s body as UTF-8 text, refusing (413) anything larger than `maxBytes`. */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<CappedBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0)
      return { ok: false, status: 400, reason: "invalid Content-Length" };
    if (length > maxBytes) return { ok: false, status: 413, reason: `Content-Length ${length} over ${maxBytes}` };
  }
  if (!request.body) return { ok: true, text: "", bytes: 0 };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      // Stop the upload now: the rest is never read into memory.
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413, reason: `body over ${maxBytes} bytes` };
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks, bytes));
  return { ok: true, text, bytes };
}
