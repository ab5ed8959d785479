/**
 * Checks a PDF's seal: the last signature's ByteRange must cover the whole file except its
 * /Contents, the SHA-256 of those bytes must equal the signed messageDigest attribute, and the
 * signature over the signed attributes must verify with the embedded certificate's public key.
 */
import { createHash, verify } from "node:crypto";
import forge from "node-forge";
import { fingerprintOf } from "./seal-key";

export type SealStatus = "valid" | "invalid" | "missing";

export interface SealCheck {
  status: SealStatus;
  /** Why the seal does not hold (English, for logs and tests). */
  problem?: string;
  /** The sealing certificate's common name and SHA-256 fingerprint. */
  signer?: string;
  fingerprint?: string;
}

const OID_MESSAGE_DIGEST = forge.pki.oids.messageDigest;
const DIGESTS: Record<string, string> = {
  [forge.pki.oids.sha256]: "sha256",
  [forge.pki.oids.sha384]: "sha384",
  [forge.pki.oids.sha512]: "sha512",
};

interface Located {
  byteRange: [number, number, number, number];
  contents: Buffer;
}

/** The last /ByteRange of the file and the DER bytes of its /Contents; null when there is none. */
function locateSignature(pdf: Buffer): Located | string | null {
  const text = pdf.toString("latin1");
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  if (!last) return null;
  const byteRange = last.slice(1, 5).map(Number) as Located["byteRange"];
  const [start, firstLength, second, secondLength] = byteRange;
  if (start !== 0 || second + secondLength !== pdf.length || second <= firstLength)
    return "the signed byte range does not cover the whole file";
  const hex = text.slice(firstLength, second);
  if (!/^<[0-9a-fA-F]*>$/.test(hex)) return "the signature contents are not a hex string";
  return { byteRange, contents: Buffer.from(hex.slice(1, -1), "hex") };
}

function signerInfoParts(signerInfo: forge.asn1.Asn1) {
  const parts = signerInfo.value as forge.asn1.Asn1[];
  const digestOid = forge.asn1.derToOid(((parts[2].value as forge.asn1.Asn1[])[0].value as string) ?? "");
  const attributes = parts.find((p) => p.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const signature = parts.find(
    (p) => p.tagClass === forge.asn1.Class.UNIVERSAL && p.type === forge.asn1.Type.OCTETSTRING,
  );
  return { digestOid, attributes, signature: signature ? Buffer.from(signature.value as string, "binary") : null };
}

function messageDigestOf(attributes: forge.asn1.Asn1): Buffer | null {
  for (const attribute of attributes.value as forge.asn1.Asn1[]) {
    const [oid, values] = attribute.value as forge.asn1.Asn1[];
    if (forge.asn1.derToOid(oid.value as string) !== OID_MESSAGE_DIGEST) continue;
    const value = (values.value as forge.asn1.Asn1[])[0];
    return Buffer.from(value.value as string, "binary");
  }
  return null;
}

function checkSignedData(pdf: Buffer, located: Located): SealCheck {
  const der = forge.util.createBuffer(located.contents.toString("binary"));
  // The hex is padded with zeros after the DER; forge's option object is wider than its type.
  const options = { parseAllBytes: false, strict: false } as unknown as boolean;
  const asn1 = forge.asn1.fromDer(der, options);
  const message = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData & {
    rawCapture: { signerInfos?: forge.asn1.Asn1[] };
  };
  const cert = message.certificates[0];
  const signerInfo = message.rawCapture.signerInfos?.[0];
  if (!cert || !signerInfo) return { status: "invalid", problem: "the signature has no certificate or signer" };
  const who = { signer: String(cert.subject.getField("CN")?.value ?? ""), fingerprint: fingerprintOf(cert) };
  const { digestOid, attributes, signature } = signerInfoParts(signerInfo);
  const algorithm = DIGESTS[digestOid];
  if (!algorithm || !attributes || !signature) return { status: "invalid", problem: "unsupported signature", ...who };
  const [start, firstLength, second, secondLength] = located.byteRange;
  const digest = createHash(algorithm)
    .update(pdf.subarray(start, start + firstLength))
    .update(pdf.subarray(second, second + secondLength))
    .digest();
  const signed = messageDigestOf(attributes);
  if (!signed?.equals(digest)) return { status: "invalid", problem: "the file was changed after sealing", ...who };
  const set = forge.asn1.create(
    forge.asn1.Class.UNIVERSAL,
    forge.asn1.Type.SET,
    true,
    attributes.value as forge.asn1.Asn1[],
  );
  const setDer = Buffer.from(forge.asn1.toDer(set).getBytes(), "binary");
  const ok = verify(algorithm, setDer, forge.pki.certificateToPem(cert), signature);
  return ok ? { status: "valid", ...who } : { status: "invalid", problem: "the signature does not verify", ...who };
}

/** The state of the PDF's (last) seal: valid, invalid (with the reason) or missing. */
export function verifySeal(bytes: Uint8Array): SealCheck {
  const pdf = Buffer.from(bytes);
  const located = locateSignature(pdf);
  if (located === null) return { status: "missing" };
  if (typeof located === "string") return { status: "invalid", problem: located };
  try {
    return checkSignedData(pdf, located);
  } catch (error) {
    return { status: "invalid", problem: `the signature cannot be read: ${(error as Error).message}` };
  }
}
