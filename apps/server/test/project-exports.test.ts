import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveToStarted, pay, projectInput } from "./project-support";
import {
  createTestContext,
  engines,
  establishmentInput,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const office = process.env.SOFFICE_PATH ?? "soffice";

/** Plain text of a .docx as LibreOffice Writer reads it (a real reader, not our writer's own parser). */
function docxText(bytes: ArrayBuffer): string {
  const dir = mkdtempSync(join(tmpdir(), "kc-docx-"));
  try {
    writeFileSync(join(dir, "dossier.docx"), new Uint8Array(bytes));
    execFileSync(
      office,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        dir,
        join(dir, "dossier.docx"),
      ],
      {
        stdio: "ignore",
        timeout: 60_000,
      },
    );
    return readFileSync(join(dir, "dossier.txt"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function workbook(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

describe.each(engines)("project exports on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let projectId: string;
  let code: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    const clients = {
      officer: (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client,
      leader: (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client,
      central: (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client,
      centralLeader: (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client,
    };
    officer = clients.officer;
    const establishment = await officer.post(
      "/api/v1/establishments",
      establishmentInput({ taxCode: null, name: "Hộ kinh doanh Nguyễn Thị Hạnh" }),
    );
    const created = await json(
      await officer.post("/api/v1/projects", projectInput((await json(establishment)).id)),
    );
    projectId = created.id;
    code = created.code;
    await driveToStarted(clients, projectId);
    expect((await pay(clients.central, projectId, "ADVANCE", "100000000", "2016-04-25")).status).toBe(200);
  });
  afterAll(async () => ctx?.close());

  it("exports the filtered list to .xlsx with typed money cells", async () => {
    const response = await officer.get("/api/v1/projects/export?planYear=2016");
    expect(response.status).toBe(200);
    const sheet = (await workbook(response)).worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("Mã đề án");
    const row = sheet?.getRow(2);
    expect(row?.getCell(1).value).toBe(code);
    expect(row?.getCell(9).value).toBe("Đang triển khai");
    expect(row?.getCell(12).value).toBe(100_000_000);
    expect(sheet?.rowCount).toBe(2);
  });

  it("exports the estimate in the layout of the proposal form, totals by source", async () => {
    const response = await officer.get(`/api/v1/projects/${projectId}/estimate.xlsx`);
    expect(response.status).toBe(200);
    const sheet = (await workbook(response)).worksheets[0];
    const values =
      sheet
        ?.getSheetValues()
        .flat()
        .filter((v) => v !== undefined && v !== null) ?? [];
    expect(values).toContain("DỰ TOÁN CHI TIẾT KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG");
    const total = sheet?.getRow(sheet.rowCount);
    expect(total?.getCell(2).value).toBe("Tổng cộng");
    expect([7, 8, 9, 10].map((c) => total?.getCell(c).value)).toEqual([
      300_000_000, 150_000_000, 150_000_000, 0,
    ]);
  });

  it("writes the dossier summary as a Decree 30 document that Writer reads", async () => {
    const response = await officer.get(`/api/v1/projects/${projectId}/dossier.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`tom-tat-ho-so-${code}.docx`);
    const text = docxText(await response.arrayBuffer());
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("TÓM TẮT HỒ SƠ ĐỀ ÁN KHUYẾN CÔNG");
    expect(text).toContain("Hộ kinh doanh Nguyễn Thị Hạnh");
    expect(text).toContain("300.000.000");
    expect(text).toContain("đã giải ngân 100.000.000 đồng");
  });

  it("keeps other provinces' dossiers out of reach", async () => {
    const other = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect((await other.get(`/api/v1/projects/${projectId}/dossier.docx`)).status).toBe(404);
    expect((await other.get(`/api/v1/projects/${projectId}/estimate.xlsx`)).status).toBe(404);
    const list = await workbook(await other.get("/api/v1/projects/export"));
    expect(list.worksheets[0]?.rowCount).toBe(1);
  });
});
