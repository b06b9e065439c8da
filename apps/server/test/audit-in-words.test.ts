import { auditEntityCodes } from "@kc/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectInput } from "./project-support";
import {
  COMMUNE_DONG_THAP,
  COMMUNE_HA_NOI,
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

/** Raw codes and JSON that must never reach a reader of the history or the audit log (issue 14, item 3). */
const RAW = [/XA-\d{4,}-\d{4}-\d{2}-\d{2}/, /\b[A-Z]{2,}(_[A-Z]+)+\b/, /[{}[\]"]:/, /\d{4}-\d{2}-\d{2}T/];
const wordsOf = (
  changes: { label: string; before: { text: string } | null; after: { text: string } | null }[],
) =>
  changes
    .map((change) => `${change.label} ${change.before?.text ?? ""} ${change.after?.text ?? ""}`)
    .join("\n");

async function readWorkbook(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => (value == null ? "" : String(value))));
  });
  return rows;
}

describe.each(engines)("history and audit in words on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let hanoi: TestClient;
  let establishmentId: string;
  let hanoiEstablishmentId: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER", name: "Trần Thị Bích Ngọc" })).client;
    hanoi = (
      await signedIn(ctx, {
        role: "PROVINCIAL_OFFICER",
        name: "Lê Văn Hà",
        scope: { kind: "PROVINCE", provinceId: HA_NOI },
      })
    ).client;
    const created = await json(
      await dongThap.post("/api/v1/establishments", establishmentInput({ communeId: COMMUNE_DONG_THAP })),
    );
    establishmentId = created.id;
    const updated = await dongThap.patch(`/api/v1/establishments/${establishmentId}`, {
      version: 1,
      legalForm: "HTX",
      yearData: [{ year: 2024, employees: 15, revenue: "1250000000" }],
    });
    expect(updated.status).toBe(200);
    const other = await json(
      await hanoi.post(
        "/api/v1/establishments",
        establishmentInput({ communeId: COMMUNE_HA_NOI, sites: [], taxCode: null }),
      ),
    );
    hanoiEstablishmentId = other.id;
  });
  afterAll(async () => ctx?.close());

  it("tells an establishment's history in words: labels, names, a table of yearly figures, only what changed", async () => {
    const history = await json(await dongThap.get(`/api/v1/establishments/${establishmentId}/history`));
    const [created, edited] = history.items;
    expect(created.actorName).toBe("Trần Thị Bích Ngọc");
    const commune = created.changes.find((change: { field: string }) => change.field === "communeId");
    expect(commune).toMatchObject({ label: "Xã, phường", before: null, after: { text: "Phường Mỹ Tho" } });
    expect(edited.changes.map((change: { label: string }) => change.label)).toEqual([
      "Loại hình",
      "Số liệu theo năm",
    ]);
    expect(edited.changes[0].after).toEqual({ text: "Hợp tác xã" });
    expect(edited.changes[1].after.table).toEqual({
      columns: ["Năm", "Lao động", "Doanh thu"],
      rows: [["2024", "15", "1.250.000.000 đ"]],
    });
    for (const item of history.items) {
      for (const pattern of RAW) expect(wordsOf(item.changes)).not.toMatch(pattern);
    }
  });

  it("tells a project's audit entries in words, to a reader in scope only", async () => {
    const created = await dongThap.post("/api/v1/projects", projectInput(establishmentId));
    expect(created.status).toBe(201);
    const projectId = (await json(created)).id;
    const history = await json(await dongThap.get(`/api/v1/projects/${projectId}/history`));
    expect(history.items).toHaveLength(1);
    const words = wordsOf(history.items[0].changes);
    expect(words).toContain("Cấp kinh phí");
    expect(words).toContain("Khuyến công quốc gia");
    expect(words).toMatch(/Kinh phí khuyến công\s+150\.000\.000 đ/);
    for (const pattern of RAW) expect(words).not.toMatch(pattern);
    expect((await hanoi.get(`/api/v1/projects/${projectId}/history`)).status).toBe(404);
  });

  it("names people and records, shows short ids and finds a person's rows without diacritics", async () => {
    const { client: auditor } = await signedIn(ctx, { role: "AUDITOR" });
    const page = await json(
      await auditor.get(`/api/v1/audit-events?actor=tran%20thi%20bich&entity=establishment&pageSize=200`),
    );
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items.every((item: { actorName: string }) => item.actorName === "Trần Thị Bích Ngọc")).toBe(
      true,
    );
    const mine = page.items.find((item: { entityId: string }) => item.entityId === establishmentId);
    expect(mine).toMatchObject({
      entityLabel: "Cơ sở CNNT",
      entityShortId: establishmentId.slice(0, 8),
      entityName: establishmentInput().name,
      outcomeLabel: "Thành công",
    });
    expect(mine).not.toHaveProperty("before");
    const updates = await json(
      await auditor.get(`/api/v1/audit-events?action=ESTABLISHMENT_UPDATED&entityId=${establishmentId}`),
    );
    expect(updates.items.map((item: { actionLabel: string }) => item.actionLabel)).toEqual(["Sửa cơ sở"]);
    const nobody = await json(await auditor.get("/api/v1/audit-events?actor=khong%20co%20ai%20ten%20nay"));
    expect(nobody.total).toBe(0);
  });

  it("filters by every entity the system has and refuses bad values in Vietnamese", async () => {
    const { client: auditor } = await signedIn(ctx, { role: "AUDITOR" });
    for (const entity of [
      "establishment",
      "project",
      "annual_plan",
      "reported_figure",
      "support_norm_set",
      "user",
      "organisation",
      "legal_document",
      "admin_unit",
    ]) {
      expect(auditEntityCodes).toContain(entity);
      expect((await auditor.get(`/api/v1/audit-events?entity=${entity}`)).status).toBe(200);
    }
    for (const [query, path, words] of [
      ["entity=spaceship", "query.entity", "Loại đối tượng"],
      ["action=DROP_TABLE", "query.action", "Thao tác"],
      ["from=2026-05-20&to=2026-05-01", "query.to", "Ngày bắt đầu"],
      ["outcome=MAYBE", "query.outcome", "Kết quả"],
    ] as const) {
      for (const route of ["/api/v1/audit-events", "/api/v1/audit-events/export"]) {
        const response = await auditor.get(`${route}?${query}`);
        const body = await json(response);
        expect({ query, route, status: response.status, code: body.code }).toEqual({
          query,
          route,
          status: 400,
          code: "VALIDATION_FAILED",
        });
        const error = body.errors.find((e: { path: string }) => e.path === path);
        expect(error?.message).toContain(words);
      }
    }
  });

  it("exports the filtered log to .xlsx with Vietnamese headers and the list's province scope", async () => {
    const { client: hanoiAuditor } = await signedIn(ctx, {
      role: "AUDITOR",
      scope: { kind: "PROVINCE", provinceId: HA_NOI },
    });
    const response = await hanoiAuditor.get("/api/v1/audit-events/export?entity=establishment");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const rows = await readWorkbook(response);
    expect(rows[0]?.slice(0, 5)).toEqual([
      "Thời điểm (giờ Việt Nam)",
      "Người thực hiện",
      "Thư điện tử",
      "Vai trò",
      "Thao tác",
    ]);
    const ids = rows.slice(1).map((row) => row[7]);
    expect(ids).toContain(hanoiEstablishmentId);
    expect(ids).not.toContain(establishmentId);
    const list = await json(await hanoiAuditor.get("/api/v1/audit-events?entity=establishment&pageSize=200"));
    expect(rows.length - 1).toBe(list.total);
    const mine = rows.find((row) => row[7] === hanoiEstablishmentId);
    expect(mine?.[1]).toBe("Lê Văn Hà");
    expect(mine?.[9]).toContain("Xã, phường: (trống) → Phường Ba Đình");
    expect(mine?.join(" ")).not.toMatch(/XA-\d{4,}-\d{4}-\d{2}-\d{2}/);

    const national = await signedIn(ctx, { role: "AUDITOR" });
    const all = await readWorkbook(
      await national.client.get("/api/v1/audit-events/export?entity=establishment"),
    );
    expect(all.slice(1).map((row) => row[7])).toEqual(
      expect.arrayContaining([establishmentId, hanoiEstablishmentId]),
    );
    const { client: officer } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    expect((await officer.get("/api/v1/audit-events/export")).status).toBe(403);
  });
});
