import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxText } from "./office-readback";
import {
  createTestContext,
  DONG_THAP,
  engines,
  type Json,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * The conference pack from approved reports (issue 17 item 7): a conference on the first half of 2024 in the
 * South prints the region's figures from the provinces' approved 6-month reports, says which provinces they
 * cover and which figures come from records; a conference whose period no report covers keeps the old pack.
 */
const REPORTS = "/api/v1/reports";
const MANUAL_ROWS = ["TRAINEES", "DEMO_MODELS", "MACHINERY", "SXSH"];
const FORMER_DONG_THAP = "P63-87";

const conference = (overrides: Record<string, unknown>) => ({
  regionCode: "NAM",
  heldOn: "2024-08-20",
  hostProvinceId: FORMER_DONG_THAP,
  organisers: "Cục Công Thương địa phương; Sở Công Thương Đồng Tháp",
  ...overrides,
});

describe.each(engines)("the conference pack from approved reports on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let central: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    officer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: DONG_THAP } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
  });
  afterAll(async () => ctx?.close());

  async function pack(body: Record<string, unknown>): Promise<string> {
    const created = await json(await central.post("/api/v1/conferences", conference(body)));
    expect(created.conference?.id, JSON.stringify(created)).toBeTruthy();
    const response = await central.get(`/api/v1/conferences/${created.conference.id}/pack.docx`);
    expect(response.status).toBe(200);
    return docxText(await response.arrayBuffer());
  }

  it("prints the approved reports' figures first, with the provinces they cover, when the period is a report's", async () => {
    const before = await pack({ ordinal: 7, periodFrom: "2024-01-01", periodTo: "2024-06-30" });
    expect(before).not.toContain("theo báo cáo định kỳ đã được duyệt");
    expect(before).toContain("1. Kinh phí khuyến công");
    expect(before).toContain("mọi số liệu tính từ hồ sơ");

    const opened: Json = await json(
      await officer.post(REPORTS, {
        templateId: "BC_6_THANG-V1",
        provinceId: FORMER_DONG_THAP,
        year: 2024,
        index: 1,
      }),
    );
    const filled: Json = await json(
      await officer.patch(`${REPORTS}/${opened.id}`, {
        version: opened.version,
        cells: MANUAL_ROWS.map((row) => ({
          row,
          column: "PERIOD",
          value: row === "TRAINEES" ? "1234" : "0",
        })),
      }),
    );
    const sent: Json = await json(
      await officer.post(`${REPORTS}/${opened.id}/submit`, { version: filled.version }),
    );
    expect(sent.state).toBe("SUBMITTED");
    const approved: Json = await json(
      await central.post(`${REPORTS}/${opened.id}/steps/APPROVE`, { version: sent.version }),
    );
    expect(approved.state).toBe("APPROVED");

    const text = await pack({ ordinal: 8, periodFrom: "2024-01-01", periodTo: "2024-06-30" });
    expect(text).toContain("1. Kết quả 6 tháng đầu năm 2024 theo báo cáo định kỳ đã được duyệt");
    expect(text).toMatch(/đã được duyệt của 1\/\d+ tỉnh, thành phố: Đồng Tháp \(trước 7\/2025\)\./);
    expect(text).toContain("Chưa có báo cáo được duyệt: ");
    expect(text).toContain("Số lao động được đào tạo nghề, truyền nghề");
    expect(text).toContain("1.234");
    expect(text).toContain("2. Kinh phí khuyến công 6 tháng đầu năm 2024 (triệu đồng) — tính từ hồ sơ");
    expect(text).toContain("Mục 1 lấy từ báo cáo định kỳ của các tỉnh đã được duyệt");
    expect(text).toContain("5. Kết luận, nghị quyết của hội nghị");
  });

  it("keeps the pack from records for a cut-off that is no report's period", async () => {
    const text = await pack({ ordinal: 9, periodFrom: "2024-01-01", periodTo: "2024-07-31" });
    expect(text).not.toContain("theo báo cáo định kỳ đã được duyệt");
    expect(text).toContain("1. Kinh phí khuyến công 7 tháng đầu năm 2024 (triệu đồng)");
  });
});
