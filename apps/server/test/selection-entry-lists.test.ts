import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectionCertificate, selectionEntry } from "../src/db/schema/index";
import { entryInput, seedEntryFixtures } from "./selection-entry-support";
import {
  buildUser,
  createTestContext,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Short lists (issue 16 item 3): the Appendix 5 list imported from an .xlsx that LibreOffice wrote (dry run with
 * row errors, then all or nothing), the lower level's recognised products nominated up, and the establishment
 * page's entries and certificates.
 */
const libreOffice = ["libreoffice", "soffice"].find((bin) => {
  try {
    execFileSync("which", [bin]);
    return true;
  } catch {
    return false;
  }
});

/** Writes the rows as CSV and has LibreOffice save them as .xlsx, the way an officer's spreadsheet is made. */
const converted = new Map<string, Uint8Array>();
function xlsxByLibreOffice(rows: string[][]): Uint8Array {
  // Both engines import the same files: LibreOffice runs once per file (it is slow on a busy machine).
  const key = JSON.stringify(rows);
  const cached = converted.get(key);
  if (cached) return cached;
  const bytes = convertWithLibreOffice(rows);
  converted.set(key, bytes);
  return bytes;
}

function convertWithLibreOffice(rows: string[][]): Uint8Array {
  if (!libreOffice) throw new Error("LibreOffice is required: apt-get install -y libreoffice-calc-nogui");
  const dir = mkdtempSync(join(tmpdir(), "kc-lo-"));
  try {
    const csv = rows.map((r) => r.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\n");
    writeFileSync(join(dir, "danh-sach.csv"), csv);
    execFileSync(
      libreOffice,
      [
        "--headless",
        "--infilter=CSV:44,34,76,1",
        "--convert-to",
        "xlsx",
        "--outdir",
        dir,
        join(dir, "danh-sach.csv"),
      ],
      {
        timeout: 240_000,
        env: { ...process.env, HOME: dir },
        stdio: "ignore",
      },
    );
    return new Uint8Array(readFileSync(join(dir, "danh-sach.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header = ["STT", "Tên sản phẩm", "Cơ sở", "Mã số thuế", "Địa chỉ", "Nhóm"];
const upload = (client: TestClient, roundId: string, bytes: Uint8Array, dryRun: boolean) => {
  const form = new FormData();
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), "danh-sach.xlsx");
  return client.request("POST", `/api/v1/selection-rounds/${roundId}/entry-imports?dryRun=${dryRun}`, form);
};

describe.each(engines)("selection short lists on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let central: TestClient;
  const entriesOf = async (roundId: string) =>
    (await ctx.db.select({ n: count() }).from(selectionEntry).where(eq(selectionEntry.roundId, roundId)))[0]
      ?.n;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedEntryFixtures(ctx, (await buildUser(ctx, { role: "JUROR" })).id);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  it("imports a LibreOffice .xlsx short list: dry run with row errors writes nothing, a clean file writes all", async () => {
    const good = [
      ["1", "Chiếu cói in hoa", "Công ty TNHH Chiếu cói Định Yên", "1400000001", "", "G1"],
      // No tax code: found by the folded name alone (the only one of that name).
      ["2", "Bánh phồng sữa", "HỘ KINH DOANH BANH PHONG SON DOC", "", "Phường Mỹ Tho", "Nhóm 2"],
    ];
    const bad = [
      ...good,
      // LibreOffice reads the tax code as a number and drops its leading zero: the row says so.
      ["3", "Gốm men lam", "Công ty Gốm Bát Tràng", "0100000003", "Hà Nội", "G1"],
      ["4", "Chiếu cói in hoa", "Công ty TNHH Chiếu cói Định Yên", "1400000001", "", "G1"],
      ["5", "Nón lá", "Cơ sở không có", "", "", "G9"],
    ];
    // LibreOffice takes seconds per file on a busy machine: each file is written once.
    const badFile = xlsxByLibreOffice([header, ...bad]);
    const goodFile = xlsxByLibreOffice([header, ...good]);
    const dry = await json(await upload(officer, "R-DT", badFile, true));
    expect(dry).toMatchObject({ dryRun: true, totalRows: 5, validRows: 2, created: 0 });
    expect(dry.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, "Mã số thuế"],
      [5, "Tên sản phẩm"],
      [6, "Nhóm"],
    ]);
    expect(dry.errors[1].message).toContain("đã đăng ký sản phẩm này");
    const refused = await json(await upload(officer, "R-DT", badFile, false));
    expect(refused.created).toBe(0);
    expect(await entriesOf("R-DT")).toBe(0);
    const done = await json(await upload(officer, "R-DT", goodFile, false));
    expect(done).toMatchObject({ dryRun: false, totalRows: 2, validRows: 2, created: 2, errors: [] });
    const listed = await json(await officer.get("/api/v1/selection-rounds/R-DT/entries?productGroup=G2"));
    expect(
      listed.items.map((e: { productName: string; status: string }) => [e.productName, e.status]),
    ).toEqual([["Bánh phồng sữa", "REGISTERED"]]);
    const template = await officer.get("/api/v1/selection-entry-import-template");
    expect(template.status).toBe(200);
    expect((await upload(officer, "R-HN", goodFile, true)).status).toBe(404);
    const notExcel = await upload(officer, "R-DT", new TextEncoder().encode("\u0000binary"), true);
    expect(notExcel.status).toBe(422);
  }, 600_000);

  it("offers a lower round's recognised products to the next level and enters the chosen ones, all or nothing", async () => {
    // The closed 2025 provincial round recognised one product, whose certificate C1 is valid until 2027.
    await ctx.db.insert(selectionEntry).values({
      id: "e-2025",
      roundId: "R-DT-2025",
      establishmentId: "est-dt",
      productName: "Chiếu cói in hoa",
      productNameFolded: "chieu coi in hoa",
      productGroup: "G1",
      status: "RECOGNISED",
      searchText: "chieu coi in hoa",
    });
    await ctx.db
      .update(selectionCertificate)
      .set({ entryId: "e-2025" })
      .where(eq(selectionCertificate.id, "C1"));
    const offered = await json(await central.get("/api/v1/selection-rounds/R-NAM/nomination-candidates"));
    expect(offered.items).toEqual([
      expect.objectContaining({
        entryId: "e-2025",
        certificateNumber: "C1/2025/CNNT-TINH-P34-82",
        alreadyEntered: false,
      }),
    ]);
    const unknown = await central.post("/api/v1/selection-rounds/R-NAM/nominations", {
      entryIds: ["e-2025", "nope"],
    });
    expect(unknown.status).toBe(400);
    expect(await entriesOf("R-NAM")).toBe(0);
    const nominated = await central.post("/api/v1/selection-rounds/R-NAM/nominations", {
      entryIds: ["e-2025"],
    });
    expect(nominated.status).toBe(201);
    const [entry] = (await json(await central.get("/api/v1/selection-rounds/R-NAM/entries"))).items;
    expect(entry).toMatchObject({
      nominatedFromRoundId: "R-DT-2025",
      status: "ELIGIBLE",
      lowerCertificate: { id: "C1" },
    });
    const again = await json(await central.get("/api/v1/selection-rounds/R-NAM/nomination-candidates"));
    expect(again.items[0].alreadyEntered).toBe(true);
    // A province does not reach the regional round itself.
    expect((await officer.get("/api/v1/selection-rounds/R-NAM/nomination-candidates")).status).toBe(404);
  });

  it("shows an establishment's entries and certificates on its page, within the registry's scope", async () => {
    await central.post("/api/v1/selection-rounds/R-DT/entries", entryInput({ productName: "Thảm cói" }));
    const page = await json(await officer.get("/api/v1/establishments/est-dt/selection"));
    expect(page.certificates.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ["C1", "VALID"],
      ["C3", "REVOKED"],
      ["C2", "EXPIRED"],
    ]);
    const regional = page.entries.find((e: { roundId: string }) => e.roundId === "R-NAM");
    expect(regional).toMatchObject({ roundLevel: "KHU_VUC", roundReachable: false });
    expect(page.entries.find((e: { roundId: string }) => e.roundId === "R-DT")?.roundReachable).toBe(true);
    const hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect((await hanoi.get("/api/v1/establishments/est-dt/selection")).status).toBe(404);
    const juror = (await signedIn(ctx, { role: "JUROR" })).client;
    expect((await juror.get("/api/v1/establishments/est-dt/selection")).status).toBe(403);
  });
});
