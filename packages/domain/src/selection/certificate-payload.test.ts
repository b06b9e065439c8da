import { describe, expect, it } from "vitest";
import {
  canonicalPayloadJson,
  certificatePayload,
  certificateVerificationUrl,
  PAYLOAD_NAME_MAX,
  parseCertificatePayload,
} from "./certificate-payload";

const sample = {
  publicId: "Xy12ab34cd",
  number: "05/2026/TINH",
  product: "Chiếu  cói Định Yên ",
  establishment: "Cơ sở chiếu cói Hai Lúa",
  level: "TINH" as const,
  year: 2026,
  issuedOn: "2026-09-15",
  validUntil: "2028-12-31",
};

describe("certificate payload", () => {
  it("normalises text to NFC with single spaces, so the same certificate always signs the same bytes", () => {
    const decomposed = certificatePayload({ ...sample, product: "Chiếu cói Định Yên".normalize("NFD") });
    expect(canonicalPayloadJson(decomposed)).toBe(canonicalPayloadJson(certificatePayload(sample)));
    expect(certificatePayload(sample).p).toBe("Chiếu cói Định Yên");
  });
  it("cuts a name longer than the QR code carries, keeping the cut text signable", () => {
    const long = "Bộ sản phẩm bàn ghế mây tre đan xuất khẩu cao cấp phong cách Đông Dương thế kỷ hai mươi";
    const payload = certificatePayload({ ...sample, product: long });
    expect([...payload.p].length).toBe(PAYLOAD_NAME_MAX);
    expect(payload.p.endsWith("…")).toBe(true);
    expect(long.startsWith(payload.p.slice(0, -1))).toBe(true);
    expect(certificatePayload({ ...sample, product: "x".repeat(PAYLOAD_NAME_MAX) }).p).toBe(
      "x".repeat(PAYLOAD_NAME_MAX),
    );
  });
  it("keeps the declared key order whatever order the object was built in", () => {
    const payload = certificatePayload(sample);
    const shuffled = {
      u: payload.u,
      i: payload.i,
      y: payload.y,
      l: payload.l,
      e: payload.e,
      p: payload.p,
      no: payload.no,
      id: payload.id,
      v: 1 as const,
    };
    expect(canonicalPayloadJson(shuffled)).toBe(canonicalPayloadJson(payload));
    expect(canonicalPayloadJson(payload).startsWith('{"v":1,"id":"Xy12ab34cd","no":')).toBe(true);
  });
  it("reads back what it writes and refuses extra, missing or mistyped fields", () => {
    const json = canonicalPayloadJson(certificatePayload(sample));
    expect(parseCertificatePayload(json)).toEqual(certificatePayload(sample));
    const o = JSON.parse(json);
    expect(parseCertificatePayload(JSON.stringify({ ...o, owner: "Nguyễn Văn A" }))).toBeNull();
    expect(parseCertificatePayload(JSON.stringify({ ...o, y: "2026" }))).toBeNull();
    expect(parseCertificatePayload(JSON.stringify({ ...o, l: "TOAN_CAU" }))).toBeNull();
    expect(parseCertificatePayload(JSON.stringify({ ...o, v: 2 }))).toBeNull();
    const { e: _dropped, ...missing } = o;
    expect(parseCertificatePayload(JSON.stringify(missing))).toBeNull();
    expect(parseCertificatePayload("not json")).toBeNull();
    expect(parseCertificatePayload("[]")).toBeNull();
  });
  it("puts the public id in the path and the token in s", () => {
    expect(certificateVerificationUrl("https://kc.example.vn/", "Xy12ab34cd", "a.b.c")).toBe(
      "https://kc.example.vn/xac-minh/Xy12ab34cd?s=a.b.c",
    );
  });
});
