import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit } from "../../db/schema/index";
import { importCommunes } from "../../modules/reference/import-communes";
import { sampleCommunesPath } from "../../paths";
import { readTable } from "../../platform/office/table-reader";

/**
 * Demo mode shows communes under Hà Nội and Đồng Tháp by importing the committed sample file through the same
 * use case as the administrator's upload. Skipped when any commune exists (e.g. the official list was imported).
 */
export async function seedDemoCommunes(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(adminUnit).where(eq(adminUnit.level, "XA"));
  if ((row?.n ?? 0) > 0) return 0;
  const table = await readTable(new Uint8Array(readFileSync(sampleCommunesPath)), {
    maxRows: 20_000,
    maxColumns: 30,
  });
  const meta = { requestId: "demo-seed", ip: null, userAgent: null };
  const result = await importCommunes({ db, actor: null, meta, table, dryRun: false, validOnly: false });
  return result.created;
}
