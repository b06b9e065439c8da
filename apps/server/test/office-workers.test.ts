import { importColumns } from "@kc/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUnit, establishment } from "../src/db/schema/index";
import {
  closeOfficeWorkers,
  configureOfficeWorkers,
  readTableInWorker,
} from "../src/platform/office/office-workers";
import {
  createTestContext,
  engines,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Uploaded tables are read in worker threads with a heap limit each (platform/office/office-workers.ts). A file
 * that needs more than that limit, or a worker that dies mid-read, fails that one upload with a stable code and a
 * Vietnamese sentence, writes nothing, and the next upload on the same server is read as usual.
 */

/** Small enough for the worker to start and read a short file under it, far too small for the large one below. */
const TIGHT_MEMORY_MB = 32;

function upload(content: string | Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append("file", new File([content], name));
  return form;
}

const establishmentCsv = (rows: number, filler: string) =>
  [
    importColumns.map((c) => c.headerVi).join(","),
    ...Array.from({ length: rows }, (_, i) => {
      const cells: Record<string, string> = {
        name: `Cơ sở gốm Lai Vung ${i}`,
        legalForm: "HKD",
        subjectClass: "CNNT",
        taxCode: `78${String(i).padStart(8, "0")}`,
        provinceCode: "82",
        communeCode: "28249",
        addressText: "Ấp Tân Mỹ",
        industries: "N_DD",
        mainProducts: `Gốm đỏ${filler}`,
      };
      return importColumns.map((c) => cells[c.key] ?? "").join(",");
    }),
  ].join("\n");

/** About 5.5 MB of Vietnamese text (under the test app's 6 MB upload limit), some 11 MB once decoded to a string. */
const largeEstablishmentCsv = establishmentCsv(14_000, ` — bình, lọ, chậu trang trí${" men rạn".repeat(24)}`);
const smallEstablishmentCsv = establishmentCsv(2, "");

const communeHeader = "Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Loại,Hiệu lực từ";
/** About 4.3 MB (under the commune upload's 5 MB), 20,000 rows. */
const largeCommuneCsv = [
  communeHeader,
  ...Array.from(
    { length: 20_000 },
    (_, i) =>
      `82,Đồng Tháp,${90_000 + i},Xã Thử Nghiệm Đường Dài ${"Trường Xuân ".repeat(8)}${i},Xã,01/07/2025`,
  ),
].join("\n");
const smallCommuneCsv = [communeHeader, "82,Đồng Tháp,90001,Xã Thử Một,Xã,01/07/2025"].join("\n");

async function runImport(client: TestClient, form: FormData) {
  const started = await client.request("POST", "/api/v1/establishment-imports", form);
  expect(started.status).toBe(202);
  const { jobId } = await json(started);
  for (;;) {
    const job = await json(await client.get(`/api/v1/establishment-imports/${jobId}`));
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A worker started from the TypeScript sources takes seconds on a loaded machine, and each over-memory case
// starts another one.
describe.each(engines)("uploads read in office workers on %s", { timeout: 240_000 }, (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let admin: TestClient;
  const count = async (table: typeof establishment | typeof adminUnit) =>
    (await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
    // Workers started from now on get the tight heap; one worker, so every read below goes through the same slot.
    await closeOfficeWorkers();
    configureOfficeWorkers({ size: 1, memoryMb: TIGHT_MEMORY_MB });
  });
  afterAll(async () => {
    await closeOfficeWorkers();
    configureOfficeWorkers({ memoryMb: 256 });
    await ctx?.close();
  });

  it("fails an establishment import that exhausts its worker with FILE_TOO_DEMANDING, and the next one works", async () => {
    expect(Buffer.byteLength(largeEstablishmentCsv)).toBeLessThan(6_000_000);
    const before = await count(establishment);
    const small = await runImport(officer, upload(smallEstablishmentCsv, "nho.csv"));
    expect(small.status, JSON.stringify(small.error)).toBe("SUCCEEDED");
    expect(await count(establishment)).toBe(before + 2);

    const large = await runImport(officer, upload(largeEstablishmentCsv, "lon.csv"));
    expect(large.status).toBe("FAILED");
    expect(large.error.code).toBe("FILE_TOO_DEMANDING");
    expect(large.error.detail).toMatch(/bộ nhớ/);
    expect(await count(establishment)).toBe(before + 2);

    // The server goes on: a read, and the next upload in a fresh worker.
    expect((await officer.get("/api/v1/establishments?pageSize=5")).status).toBe(200);
    const again = await runImport(
      officer,
      upload(establishmentCsv(1, " lần hai").replace("78", "79"), "lai.csv"),
    );
    expect(again.status, JSON.stringify(again.error)).toBe("SUCCEEDED");
    expect(await count(establishment)).toBe(before + 3);
  });

  it("answers 422 FILE_TOO_DEMANDING to a commune list that exhausts its worker, writes nothing, then imports", async () => {
    expect(Buffer.byteLength(largeCommuneCsv)).toBeLessThan(5_000_000);
    const before = await count(adminUnit);
    const response = await admin.request(
      "POST",
      "/api/v1/admin-units/communes/import",
      upload(largeCommuneCsv, "xa.csv"),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = await json(response);
    expect(problem.code).toBe("FILE_TOO_DEMANDING");
    expect(problem.detail).toMatch(/chia thành các tệp nhỏ hơn/);
    expect(await count(adminUnit)).toBe(before);

    const next = await admin.request(
      "POST",
      "/api/v1/admin-units/communes/import",
      upload(smallCommuneCsv, "xa.csv"),
    );
    expect(next.status).toBe(200);
    expect(await json(next)).toMatchObject({ created: 1 });
    const [created] = await ctx.db.select().from(adminUnit).where(eq(adminUnit.code, "90001"));
    expect(created?.name).toBe("Xã Thử Một");
  });
});

describe("an office worker that ends mid-read", () => {
  afterAll(() => closeOfficeWorkers());

  it("fails that read with FILE_PROCESSING_FAILED and the next read starts a new worker", async () => {
    await closeOfficeWorkers();
    configureOfficeWorkers({ size: 1, memoryMb: 256 });
    const bytes = new TextEncoder().encode(establishmentCsv(5_000, ""));
    const reading = readTableInWorker(bytes, { maxRows: 50_000, maxColumns: 40 });
    // The read was handed to the worker at once; ending the worker now (as a crash would) leaves it unanswered.
    await closeOfficeWorkers();
    await expect(reading).rejects.toMatchObject({ code: "FILE_PROCESSING_FAILED" });
    const next = await readTableInWorker(new TextEncoder().encode(smallEstablishmentCsv), {
      maxRows: 10,
      maxColumns: 40,
    });
    expect(next.rows).toHaveLength(2);
    expect(next.rows[0]?.cells[0]).toBe("Cơ sở gốm Lai Vung 0");
    // The caller's bytes stay usable: the worker got a copy.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it("carries the reader's own verdict across the thread as the same AppError", async () => {
    await expect(
      readTableInWorker(new TextEncoder().encode("\n\n"), { maxRows: 10, maxColumns: 5 }),
    ).rejects.toMatchObject({ code: "IMPORT_FILE_INVALID", detail: "Tệp không có dòng tiêu đề" });
  });
});
