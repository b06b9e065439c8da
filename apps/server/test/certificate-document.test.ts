import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { certificatePayload, certificateVerificationUrl } from "@kc/domain";
import { compactVerify, createLocalJWKSet } from "jose";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { certificateDocx } from "../src/modules/selection/certificates/certificate.docx";
import {
  generateSigningKey,
  publishedKeySet,
  signingKeyFromPem,
} from "../src/modules/selection/certificates/certificate-keys";
import { signCertificate, verifierFor } from "../src/modules/selection/certificates/certificate-signature";
import { AppError } from "../src/platform/errors";
import { convertToPdf } from "../src/platform/office/pdf";

const hasTool = (name: string, arg: string) => spawnSync(name, [arg], { stdio: "ignore" }).status === 0;
const canRender = hasTool("soffice", "--version") && hasTool("pdftoppm", "-v");

const sample = certificatePayload({
  publicId: "Q7kP2mX9aB",
  number: "105/2026/TINH",
  product: "Chiếu cói Định Yên",
  establishment: "Cơ sở chiếu cói Hai Lúa",
  level: "TINH",
  year: 2026,
  issuedOn: "2026-09-15",
  validUntil: "2028-12-31",
});
const PUBLIC_URL = "https://khuyencong.example.gov.vn";

/** Replaces the payload of a token, keeping its header and signature: what someone editing the QR text would do. */
function withPayload(token: string, payload: object): string {
  const [header, , signature] = token.split(".");
  return `${header}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${signature}`;
}

describe("certificate signature", () => {
  const { key, pem } = generateSigningKey();
  const token = signCertificate(sample, key);
  const verify = verifierFor([key]);

  it("verifies a genuine token and gives back its payload, with the key read back from its PEM", () => {
    expect(verify(token)).toEqual({ genuine: true, payload: sample, kid: key.kid });
    expect(signingKeyFromPem(pem).kid).toBe(key.kid);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{8}$/u);
  });

  it("is a standard JWS: an offline verifier with jose and the published key set accepts it", async () => {
    const keys = createLocalJWKSet(publishedKeySet([key]));
    const { payload, protectedHeader } = await compactVerify(token, keys);
    expect(protectedHeader).toEqual({ alg: "EdDSA", kid: key.kid });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(sample);
  });

  it("refuses an altered payload, here and in jose", async () => {
    const altered = withPayload(token, { ...sample, l: "QUOC_GIA" });
    expect(verify(altered)).toEqual({ genuine: false, reason: "BAD_SIGNATURE" });
    await expect(compactVerify(altered, createLocalJWKSet(publishedKeySet([key])))).rejects.toThrow();
    const extended = withPayload(token, { ...sample, u: "2099-12-31" });
    expect(verify(extended).genuine).toBe(false);
  });

  it("refuses a token forged with another key, whether it names our key id or its own", () => {
    const forger = generateSigningKey().key;
    expect(verify(signCertificate(sample, forger))).toEqual({ genuine: false, reason: "UNKNOWN_KEY" });
    expect(verify(signCertificate(sample, { ...forger, kid: key.kid }))).toEqual({
      genuine: false,
      reason: "BAD_SIGNATURE",
    });
  });

  it("refuses garbage without throwing", () => {
    for (const bad of [
      "",
      "a.b",
      "a.b.c",
      "...",
      `${token}.x`,
      token.replace(/\./gu, "%"),
      "eyJhbGciOiJub25lIn0.e30.",
    ])
      expect(verify(bad).genuine).toBe(false);
  });

  it("still verifies a certificate signed before a rotation while the old public key stays published", () => {
    const next = generateSigningKey().key;
    const afterRotation = verifierFor([next, key]);
    expect(afterRotation(token).genuine).toBe(true);
    expect(afterRotation(signCertificate(sample, next)).genuine).toBe(true);
  });

  it("refuses a signing key that is not Ed25519", () => {
    const rsa = execFileSync("openssl", ["genpkey", "-algorithm", "rsa", "-pkeyopt", "rsa_keygen_bits:1024"]);
    expect(() => signingKeyFromPem(rsa.toString())).toThrow(/Ed25519/u);
    expect(() => signingKeyFromPem("not a key")).toThrow(/PEM/u);
  });
});

describe("certificate document", () => {
  const { key } = generateSigningKey();
  const url = certificateVerificationUrl(PUBLIC_URL, sample.id, signCertificate(sample, key));
  const input = {
    number: sample.no,
    level: sample.l,
    year: sample.y,
    product: "Chiếu cói Định Yên",
    productGroupLabel: "Thủ công mỹ nghệ",
    establishment: "Cơ sở chiếu cói Hai Lúa",
    province: "Tỉnh Đồng Tháp",
    issuer: "Ủy ban nhân dân tỉnh Đồng Tháp",
    decisionNumber: "1234/QĐ-UBND",
    decisionDate: "2026-09-10",
    issuedOn: sample.i,
    validUntil: sample.u,
    place: "Đồng Tháp",
    signerTitle: "Chủ tịch",
    signerName: "Nguyễn Văn Minh",
    verificationUrl: url,
  };

  it.skipIf(!canRender)(
    "prints on one landscape A4 page whose QR code, read back from the rendered PDF, carries a genuine token",
    async () => {
      const pdf = await convertToPdf(await certificateDocx(input), "docx");
      const dir = mkdtempSync(join(tmpdir(), "kc-cert-"));
      try {
        writeFileSync(join(dir, "c.pdf"), pdf);
        const info = execFileSync("pdfinfo", [join(dir, "c.pdf")]).toString();
        expect(info).toMatch(/^Pages:\s+1$/mu);
        expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/u);
        execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", join(dir, "c.pdf"), join(dir, "c")]);
        const png = PNG.sync.read(readFileSync(join(dir, "c.png")));
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(code?.data).toBe(url);
        const scanned = new URL(code?.data ?? "");
        expect(scanned.pathname).toBe(`/xac-minh/${sample.id}`);
        expect(verifierFor([key])(scanned.searchParams.get("s") ?? "")).toEqual({
          genuine: true,
          payload: sample,
          kid: key.kid,
        });
        const text = execFileSync("pdftotext", ["-layout", join(dir, "c.pdf"), "-"]).toString();
        for (const words of [
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "GIẤY CHỨNG NHẬN",
          "SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU CẤP TỈNH NĂM 2026",
          "Chiếu cói Định Yên",
          "Số: 105/2026/TINH",
          "31/12/2028",
          "Quét mã để xác minh",
        ])
          expect(text).toContain(words);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    // LibreOffice's first start with a fresh profile takes a minute on a loaded 2-core machine.
    180_000,
  );

  it("answers PDF_CONVERTER_UNAVAILABLE, not a crash, when LibreOffice is missing", async () => {
    const docx = await certificateDocx(input);
    const refused = await convertToPdf(docx, "docx", { office: "kc-no-such-office" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("PDF_CONVERTER_UNAVAILABLE");
    expect((refused as AppError).status).toBe(503);
  });
});
