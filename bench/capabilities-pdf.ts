/**
 * The PDF case of `bench/capabilities.ts`: the sealed PDF of a signed agreement through
 * createSignedPdf (signing record, print token, render queue, Chromium via renderPagePdf,
 * certificate page, seal, audit) against a real database. The print route is a Next.js page, so
 * without a built app a stand-in serves the signed version's own paragraphs as the page Chromium
 * prints (same size of text; the app's styles and fonts are not in it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { createTranslator } from "use-intl";
import * as Y from "yjs";
import { hashPassword } from "../lib/auth/password";
import { createBoardDocument } from "../lib/db/queries/board-documents";
import { insertVersion } from "../lib/db/queries/versions";
import { addMember, createBoard, createUser, openTestDatabase } from "../lib/db/test-factories";
import { DOCUMENT_FRAGMENT } from "../lib/documents/doc-content";
import { richTextExtensions } from "../lib/editor/extensions";
import { createSignedPdf } from "../lib/pdf/create-signed-pdf";
import { renderPagePdf } from "../lib/pdf/render-page";
import { signVersion } from "../lib/server/signoff/sign-version";
import { snapshotDoc } from "../lib/versions/content";
import messages from "../messages/sv/pdf.json";
import { agreementJson } from "./capabilities-live";
import type { CaseResult } from "./capabilities-stats";

const PASSWORD = "rätt-lösenord-123";
const PAGES = 5;
const t = createTranslator({ locale: "sv", messages, namespace: "pdf" }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The stand-in print page: the version's paragraphs as plain HTML. */
function servePrintPage(paragraphs: string[]): Promise<{ origin: string; close(): void }> {
  const html = `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Utskrift</title><body style="font-family:sans-serif">${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}</body></html>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

/** A board with an agreement version signed by the verksamhetschef and the sjukvårdsdirektör. */
async function signedAgreement(db: Awaited<ReturnType<typeof openTestDatabase>>["db"]) {
  const passwordHash = await hashPassword(PASSWORD);
  const chef = await createUser(db, { title: "verksamhetschef", level: "taktisk", passwordHash });
  const director = await createUser(db, {
    organisationId: chef.organisationId,
    title: "sjukvårdsdirektör",
    level: "strategisk",
    passwordHash,
  });
  const board = await createBoard(db, { organisationId: chef.organisationId, name: "Kirurgkliniken" });
  for (const user of [chef, director]) await addMember(db, board.id, user.id, "editor");
  const document = await createBoardDocument(db, {
    boardId: board.id,
    kind: "agreement",
    title: "Överenskommelse",
    createdBy: chef.id,
  });
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    getSchema(richTextExtensions()),
    agreementJson(PAGES),
    doc.getXmlFragment(DOCUMENT_FRAGMENT),
  );
  const snapshot = snapshotDoc(doc, document.id);
  doc.destroy();
  const version = await insertVersion(db, {
    boardId: board.id,
    docId: document.id,
    kind: "named",
    name: "Inför beslut",
    ...snapshot,
  });
  let roundId = "";
  for (const user of [chef, director]) {
    const input = { boardId: board.id, versionId: version.id, contentHash: version.contentHash, level: user.level };
    const signed = await signVersion(db, user, { ...input, password: PASSWORD });
    if (!signed.ok) throw new Error(JSON.stringify(signed.error));
    roundId = signed.value.round.id;
  }
  return { chef, boardId: board.id, roundId, paragraphs: Object.values(snapshot.content.texts).flat() };
}

/** `runs` sealed PDFs (after one unmeasured), each timed in whole and for Chromium's render. */
export async function benchPdf(runs: number): Promise<CaseResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "pks-bench-pdf-"));
  const previous = process.env.PKS_DATA_DIR;
  process.env.PKS_DATA_DIR = dataDir;
  // Print tokens are signed with the app's secret; a bench-only one when none is set.
  process.env.NEXTAUTH_SECRET ??= "bench-capabilities-secret";
  const database = await openTestDatabase();
  const total: number[] = [];
  const render: number[] = [];
  let size = 0;
  try {
    const signed = await signedAgreement(database.db);
    const page = await servePrintPage(signed.paragraphs);
    try {
      for (let run = 0; run < runs + 1; run++) {
        let rendering = 0;
        const start = performance.now();
        const result = await createSignedPdf(database.db, signed.chef, {
          boardId: signed.boardId,
          roundId: signed.roundId,
          origin: page.origin,
          publicUrl: "http://localhost:3000",
          t,
          formatTime: (iso) => iso.slice(0, 16).replace("T", " "),
          render: async (url, signal) => {
            const from = performance.now();
            const bytes = await renderPagePdf(url, signal);
            rendering = performance.now() - from;
            return bytes;
          },
        });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        size = result.value.bytes.byteLength;
        if (run === 0) continue;
        total.push(performance.now() - start);
        render.push(rendering);
      }
    } finally {
      page.close();
    }
  } finally {
    await database.remove();
    rmSync(dataDir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.PKS_DATA_DIR;
    else process.env.PKS_DATA_DIR = previous;
  }
  return {
    name: "pdf",
    note: `sealed PDF of a signed ${PAGES}-page agreement, two signers (${(size / 1024).toFixed(0)} KiB), stand-in print page`,
    rows: [
      { metric: "createSignedPdf: render, certificate, seal, audit", ms: total, target: 3000 },
      { metric: "of which Chromium (launch, load, page.pdf, close)", ms: render },
    ],
  };
}
