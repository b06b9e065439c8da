import { afterAll, describe, expect, it } from "vitest";
import {
  type CertificateDocumentInput,
  certificateDocx,
  certificateDocxTask,
} from "../src/modules/selection/certificates/certificate.docx";
import { buildInWorker, closeOfficeWorkers } from "../src/platform/office/office-workers";

/**
 * The .docx builders run in an office worker (decision 0021, "Documents"): building one holds its thread for a few
 * hundred milliseconds (the docx library formats and zips every part synchronously). Measured against itself in
 * this process: the longest stall of the event loop while the worker builds a certificate is compared with the
 * stall while the same certificate is built on the main thread, so a busy machine slows both alike.
 */
const input: CertificateDocumentInput = {
  number: "12/2026/GCN-SCT",
  level: "TINH",
  year: 2026,
  product: "Chiếu cói hoa văn Định Yên",
  productGroupLabel: "Thủ công mỹ nghệ",
  establishment: "Cơ sở chiếu cói Định Yên",
  province: "Tỉnh Đồng Tháp",
  issuer: "Ủy ban nhân dân tỉnh Đồng Tháp",
  decisionNumber: "45/QĐ-UBND",
  decisionDate: "2026-05-30",
  issuedOn: "2026-06-01",
  validUntil: "2029-06-01",
  place: "Đồng Tháp",
  signerTitle: "Chủ tịch",
  signerName: "Nguyễn Văn An",
  verificationUrl: `https://khuyencong.example.gov.vn/xac-minh/ABCDEFGH12345678?s=${"x".repeat(90)}`,
};

/** The longest time the event loop went without a turn while `work` ran (a timer looks every millisecond). */
async function longestStallDuring(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(probe);
  }
  return Math.max(longest, performance.now() - last);
}

describe("documents built off the main thread", () => {
  afterAll(async () => closeOfficeWorkers());

  it("builds a certificate in a worker while the event loop keeps turning, the same bytes as on the main thread", async () => {
    // Warm both paths: the worker's start and the library's first load are not what is measured.
    const fromWorker = await buildInWorker(certificateDocxTask, input);
    await certificateDocx(input);

    const onMain = await longestStallDuring(() => certificateDocx(input));
    const inWorker = await longestStallDuring(() => buildInWorker(certificateDocxTask, input));
    console.info(
      `longest stall: in the worker ${inWorker.toFixed(1)} ms, on the main thread ${onMain.toFixed(1)} ms`,
    );
    expect(inWorker, `on the main thread ${onMain.toFixed(1)} ms`).toBeLessThan(onMain / 2);

    expect(Buffer.isBuffer(fromWorker)).toBe(true);
    expect(fromWorker.subarray(0, 2).toString("latin1")).toBe("PK");
    // The same document whichever thread built it, bar the package's timestamps.
    expect(Math.abs(fromWorker.length - (await certificateDocx(input)).length)).toBeLessThan(64);
  });

  it("fails a task whose input cannot cross threads, alone: the next document is built", async () => {
    const withFunction = { ...input, sign: () => "không sao chép được" };
    await expect(buildInWorker(certificateDocxTask, withFunction)).rejects.toThrow(/could not be cloned/);
    const next = await buildInWorker(certificateDocxTask, input);
    expect(next.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
