/**
 * The key and certificate that seal PDFs: a configured PKCS#12 file (PKS_PDF_CERT_P12 and
 * PKS_PDF_CERT_PASSWORD), else a self-signed one created once in the data folder
 * (`pdf-seal.p12`, its passphrase in `pdf-seal.pass`, both 0600) so sealing needs no setup.
 */
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import forge from "node-forge";

export interface SealKey {
  /** The PKCS#12 bytes (key and certificate). */
  p12: Buffer;
  passphrase: string;
  /** SHA-256 of the certificate's DER, hex: how the verify page recognises our own seal. */
  fingerprint: string;
  /** The certificate subject's common name. */
  commonName: string;
}

const COMMON_NAME = "Planeringstavlan dokumentsigill";

/** A new RSA-2048 key with a self-signed certificate valid for ten years, as PKCS#12. */
export function createSelfSignedP12(passphrase: string, commonName = COMMON_NAME): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  cert.serialNumber = `01${randomBytes(15).toString("hex")}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600_000);
  const subject = [
    { name: "commonName", value: commonName },
    { name: "organizationName", value: "Planeringstavlan" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: "3des" });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}

/** The certificate inside a PKCS#12 file. */
export function certificateOf(p12: Buffer, passphrase: string): forge.pki.Certificate {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString("binary")));
  const parsed = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase);
  const bags = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const cert = bags[0]?.cert;
  if (!cert) throw new Error("The PDF seal's PKCS#12 file holds no certificate");
  return cert;
}

/** SHA-256 (hex) of a certificate's DER encoding. */
export function fingerprintOf(cert: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return createHash("sha256").update(Buffer.from(der, "binary")).digest("hex");
}

function describeKey(p12: Buffer, passphrase: string): SealKey {
  const cert = certificateOf(p12, passphrase);
  const commonName = String(cert.subject.getField("CN")?.value ?? COMMON_NAME);
  return { p12, passphrase, fingerprint: fingerprintOf(cert), commonName };
}

/** Creates the self-signed key in `dataDir` when it is not there yet (first start). */
export function ensureSealKey(dataDir: string): void {
  const file = path.join(dataDir, "pdf-seal.p12");
  const passFile = path.join(dataDir, "pdf-seal.pass");
  if (fs.existsSync(file) && fs.existsSync(passFile)) return;
  fs.mkdirSync(dataDir, { recursive: true });
  const passphrase = randomBytes(24).toString("base64url");
  fs.writeFileSync(passFile, passphrase, { mode: 0o600 });
  fs.writeFileSync(file, createSelfSignedP12(passphrase), { mode: 0o600 });
}

let cached: { source: string; key: SealKey } | null = null;

/** The seal key from the environment, or the data folder's (created on first use). Cached per source. */
export function loadSealKey(env: NodeJS.ProcessEnv = process.env): SealKey {
  const configured = env.PKS_PDF_CERT_P12;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.PKS_DATA_DIR || "data");
  const source = configured ? path.resolve(/*turbopackIgnore: true*/ configured) : dataDir;
  if (cached?.source === source) return cached.key;
  let key: SealKey;
  if (configured) {
    key = describeKey(fs.readFileSync(source), env.PKS_PDF_CERT_PASSWORD ?? "");
  } else {
    ensureSealKey(dataDir);
    const passphrase = fs.readFileSync(path.join(dataDir, "pdf-seal.pass"), "utf8").trim();
    key = describeKey(fs.readFileSync(path.join(dataDir, "pdf-seal.p12")), passphrase);
  }
  cached = { source, key };
  return key;
}
