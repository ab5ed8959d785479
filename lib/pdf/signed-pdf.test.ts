/**
 * The signed PDF of an agreement against a real database: signed by the verksamhetschef (taktisk)
 * and the sjukvårdsdirektör (strategisk), its text holds the signers and the hash, its seal holds,
 * the verify answers recognise it, and a copy changed by one byte fails the seal and the check.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createTranslator } from "use-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { hashPassword } from "@/lib/auth/password";
import { createBoardDocument } from "@/lib/db/queries/board-documents";
import { insertVersion } from "@/lib/db/queries/versions";
import type { BoardVersion, User } from "@/lib/db/schema";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { DOCUMENT_FRAGMENT } from "@/lib/documents/doc-content";
import { signVersion } from "@/lib/server/signoff/sign-version";
import { snapshotDoc } from "@/lib/versions/content";
import messages from "@/messages/sv/pdf.json";
import { buildSignedPdf } from "./build-signed-pdf";
import { loadSealKey } from "./seal-key";
import { loadSigningRecord } from "./signing-record";
import { verifyHash, verifyUploadedPdf } from "./verify-pdf";
import { verifySeal } from "./verify-seal";

const PASSWORD = "rätt-lösenord-123";
let database: TestDatabase;
let dataDir: string;
let boardId: string;
let version: BoardVersion;
let roundId: string;
let sealed: Buffer;
const t = createTranslator({ locale: "sv", messages, namespace: "pdf" }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;

function agreementVersion(docId: string, boardIdValue: string) {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
  for (const text of ["Mål", "80 % av nybesöken till sjuksköterska ska få en bokad kontakt inom 60 dagar."]) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  }
  const snapshot = snapshotDoc(doc, docId);
  doc.destroy();
  return insertVersion(database.db, { boardId: boardIdValue, docId, kind: "named", name: "Inför beslut", ...snapshot });
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return parts.join("\n");
}

async function contentPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText("Överenskommelse", { x: 50, y: 700, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save();
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "pks-seal-"));
  process.env.PKS_DATA_DIR = dataDir;
  database = await openTestDatabase();
  const chef = await createUser(database.db, {
    name: "Karin Verksamhetschef",
    title: "verksamhetschef",
    level: "taktisk",
    passwordHash: await hashPassword(PASSWORD),
  });
  const director: User = await createUser(database.db, {
    organisationId: chef.organisationId,
    name: "Sven Sjukvårdsdirektör",
    title: "sjukvårdsdirektör",
    level: "strategisk",
    passwordHash: await hashPassword(PASSWORD),
  });
  const board = await createBoard(database.db, { organisationId: chef.organisationId, name: "Kirurgkliniken" });
  boardId = board.id;
  for (const user of [chef, director]) await addMember(database.db, board.id, user.id, "editor");
  const doc = await createBoardDocument(database.db, {
    boardId,
    kind: "agreement",
    title: "Överenskommelse KPS-start",
    createdBy: chef.id,
  });
  version = await agreementVersion(doc.id, boardId);
  for (const user of [chef, director]) {
    const input = {
      boardId,
      versionId: version.id,
      contentHash: version.contentHash,
      level: user.level,
      password: PASSWORD,
    };
    const signed = await signVersion(database.db, user, input);
    if (!signed.ok) throw new Error(JSON.stringify(signed.error));
    roundId = signed.value.round.id;
  }
  const record = await loadSigningRecord(database.db, boardId, roundId);
  if (!record) throw new Error("no signing record");
  sealed = await buildSignedPdf(await contentPdf(), record, t, {
    key: loadSealKey(),
    verifyUrl: `http://localhost/boards/${boardId}/verify?hash=${record.contentHash}`,
    formatTime: (iso) => iso.slice(0, 16).replace("T", " "),
  });
});

afterAll(async () => {
  await database.remove();
  rmSync(dataDir, { recursive: true, force: true });
  delete process.env.PKS_DATA_DIR;
});

describe("the signed agreement's PDF", () => {
  it("holds the content, then a certificate with both signers, their levels and the hash", async () => {
    const text = await pdfText(sealed);
    expect(text).toContain("Överenskommelse");
    expect(text).toContain("Signeringsintyg");
    expect(text).toContain("Karin Verksamhetschef, verksamhetschef");
    expect(text).toContain("Sven Sjukvårdsdirektör, sjukvårdsdirektör");
    expect(text).toMatch(/taktisk[\s\S]*strategisk/);
    expect(text).toContain("Lösenord angivet vid signering");
    expect(text).toContain(version.contentHash);
    expect(text).toContain("Fastställd");
  });

  it("is sealed with the server's key created in the data folder, and the seal verifies", () => {
    expect(verifySeal(sealed)).toMatchObject({ status: "valid", fingerprint: loadSealKey().fingerprint });
  });

  it("is recognised by the verify answers: which version, who signed, the seal holds", async () => {
    const outcome = await verifyUploadedPdf(database.db, boardId, sealed);
    expect(outcome.seal).toMatchObject({ status: "valid", ours: true });
    expect(outcome.record).toMatchObject({
      versionId: version.id,
      status: "signed",
      documentTitle: "Överenskommelse KPS-start",
    });
    expect(outcome.record?.signers.map((s) => s.level)).toEqual(["taktisk", "strategisk"]);
    const byHash = await verifyHash(database.db, boardId, version.contentHash);
    expect(byHash.record?.roundId).toBe(roundId);
  });

  it("fails the seal and the verify answer when one byte is changed", async () => {
    const changed = Buffer.from(sealed);
    const at = changed.indexOf("/Producer") + 3;
    changed[at] = changed[at] === 0x61 ? 0x62 : 0x61;
    expect(verifySeal(changed).status).toBe("invalid");
    const outcome = await verifyUploadedPdf(database.db, boardId, changed);
    expect(outcome.seal).toMatchObject({ status: "invalid" });
  });

  it("is not recognised on another board", async () => {
    const other = await createBoard(database.db, { organisationId: (await createUser(database.db)).organisationId });
    expect((await verifyUploadedPdf(database.db, other.id, sealed)).record).toBeNull();
    expect((await verifyHash(database.db, other.id, version.contentHash)).record).toBeNull();
  });
});
