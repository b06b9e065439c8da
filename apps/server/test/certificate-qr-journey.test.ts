import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishment, selectionEntry, selectionRound } from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  json,
  seedSampleCommunes,
  signedIn,
  TEST_ORIGIN,
  type TestContext,
} from "./support";

const canRender =
  spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0 &&
  spawnSync("pdftoppm", ["-v"], { stdio: "ignore" }).status === 0;

/**
 * The whole path of a certificate's QR code (issue 16, "tests that must exist"): issued through the API, printed
 * as PDF by the API, the page rendered to an image, the code read back by a QR decoder, and the URL it carries
 * answered by the public API as genuine and valid. The browser side of the page is e2e/specs.
 */
describe.skipIf(!canRender)("a certificate's QR code, from the API's PDF to the public answer", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext("pglite");
    await seedSampleCommunes(ctx);
    await ctx.db.insert(establishment).values({
      id: "est-qr",
      provinceId: DONG_THAP,
      communeId: COMMUNE_DONG_THAP,
      name: "Cơ sở bánh phồng Sơn Đốc",
      legalForm: "HKD",
      subjectClass: "CNNT",
      industries: ["N_DD"],
      searchText: "co so banh phong son doc",
      sortKey: "e|qr",
      eligibilityVerdict: "ELIGIBLE",
      eligibilityEvaluatedOn: "2026-01-01",
    });
    await ctx.db.insert(selectionRound).values({
      id: "R-QR",
      code: "R-QR",
      title: "Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp 2026",
      level: "TINH",
      provinceId: DONG_THAP,
      year: 2026,
      organiserName: "Sở Công Thương Đồng Tháp",
      status: "RECOGNISED",
      searchText: "binh chon",
    });
    await ctx.db.insert(selectionEntry).values({
      id: "e-qr",
      roundId: "R-QR",
      establishmentId: "est-qr",
      provinceId: DONG_THAP,
      productName: "Bánh phồng sữa Sơn Đốc",
      productNameFolded: "banh phong sua son doc",
      productGroup: "G2",
      status: "RECOGNISED",
      searchText: "banh phong sua son doc",
    });
  });
  afterAll(async () => ctx?.close());

  it("reads the URL back from the rendered PDF and the public API calls it genuine and valid", {
    timeout: 180_000,
  }, async () => {
    const { client: leader } = await signedIn(ctx, { role: "PROVINCIAL_LEADER" });
    const issued = await leader.post("/api/v1/selection-rounds/R-QR/certificates", {
      entryIds: ["e-qr"],
      issuedOn: "2026-04-02",
      decisionNumber: "88/QĐ-UBND",
      decisionOn: "2026-04-01",
      decisionSigner: "Trần Văn Tỉnh",
    });
    expect(issued.status).toBe(201);
    const [certificate] = (await json(issued)).items;
    const pdf = await leader.get(`/api/v1/selection-certificates/${certificate.id}/certificate.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const dir = mkdtempSync(join(tmpdir(), "kc-qr-"));
    let scanned: string | undefined;
    try {
      writeFileSync(join(dir, "c.pdf"), Buffer.from(await pdf.arrayBuffer()));
      execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", join(dir, "c.pdf"), join(dir, "c")]);
      const png = PNG.sync.read(readFileSync(join(dir, "c.png")));
      scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(scanned).toBe(certificate.verificationUrl);
    const url = new URL(scanned ?? "");
    expect(url.origin).toBe(TEST_ORIGIN);
    const publicId = url.pathname.split("/").pop();
    const answer = await ctx.client().get(`/api/public/certificates/${publicId}${url.search}`);
    expect(await json(answer)).toMatchObject({
      status: "VALID",
      signature: "GENUINE",
      product: "Bánh phồng sữa Sơn Đốc",
      establishment: "Cơ sở bánh phồng Sơn Đốc",
      validUntil: "2028-12-31",
    });
  });
});
