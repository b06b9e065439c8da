import { PassThrough, Readable } from "node:stream";
import {
  fundingLevelLabels,
  isReportOverdue,
  type ProjectListQuery,
  projectKindLabels,
  projectStatusLabels,
  type SupportActivity,
  supportActivities,
  todayInVietnam,
} from "@kc/domain";
import { aliasedTable, and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, project } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { writeRowsInSlices } from "../../../platform/office/sliced-rows";
import {
  applyColumns,
  cellFor,
  type SheetColumn,
  streamingWorkbook,
} from "../../../platform/office/xlsx-writer";
import { projectListColumns, projectListConditions } from "../projects.queries";

/**
 * Rows per page query. On PGlite the query runs in this thread, so its time is a stall the slices cannot split:
 * pages of two slices (sliced-rows.ts) keep it near a slice's; on PostgreSQL it costs a few more round trips.
 */
const PAGE = 500;
const province = aliasedTable(adminUnit, "province");

function page(db: Db, where: SQL | undefined, cursor: { planYear: number; code: string } | null) {
  const after = cursor
    ? sql`(${project.planYear}, ${project.code}) < (${cursor.planYear}, ${cursor.code})`
    : undefined;
  return db
    .select({ p: projectListColumns, provinceName: province.name })
    .from(project)
    .leftJoin(province, eq(province.id, project.provinceId))
    .where(and(where, after))
    .orderBy(desc(project.planYear), desc(project.code))
    .limit(PAGE);
}

type Row = Awaited<ReturnType<typeof page>>[number];

const columns: (SheetColumn & { value: (row: Row, today: string) => unknown })[] = [
  { header: "Mã đề án", kind: "text", width: 22, value: (r) => r.p.code },
  { header: "Tên đề án", kind: "text", width: 60, value: (r) => r.p.title },
  { header: "Loại đề án", kind: "text", width: 18, value: (r) => projectKindLabels[r.p.kind] },
  {
    header: "Cấp kinh phí",
    kind: "text",
    width: 26,
    value: (r) => fundingLevelLabels[r.p.fundingLevel],
  },
  { header: "Năm kế hoạch", kind: "integer", width: 12, value: (r) => r.p.planYear },
  { header: "Tỉnh", kind: "text", width: 20, value: (r) => r.provinceName },
  { header: "Đơn vị thực hiện", kind: "text", width: 36, value: (r) => r.p.implementerName },
  {
    header: "Hoạt động hỗ trợ",
    kind: "text",
    width: 40,
    value: (r) => r.p.activities.map((a) => supportActivities[a as SupportActivity]?.labelVi ?? a).join("; "),
  },
  {
    header: "Trạng thái",
    kind: "text",
    width: 26,
    value: (r) => projectStatusLabels[r.p.status],
  },
  { header: "Kinh phí khuyến công dự toán (đồng)", kind: "dong", width: 20, value: (r) => r.p.kcTotal },
  { header: "Kinh phí hợp đồng (đồng)", kind: "dong", width: 20, value: (r) => r.p.contractSupport },
  { header: "Đã giải ngân (đồng)", kind: "dong", width: 20, value: (r) => r.p.disbursedTotal },
  {
    header: "Chậm báo cáo tiến độ",
    kind: "boolean",
    width: 14,
    value: (r, today) => isReportOverdue(r.p, today),
  },
];

/** The filtered project list as .xlsx, streamed page by page (keyset on the list's default order). */
export function exportProjects(
  db: Db,
  actor: Actor,
  filters: Omit<ProjectListQuery, "page" | "pageSize" | "sort">,
) {
  const output = new PassThrough();
  const today = todayInVietnam();
  const where = projectListConditions(actor, filters);
  void (async () => {
    try {
      const workbook = await streamingWorkbook(output);
      const sheet = workbook.addWorksheet("Đề án khuyến công", { views: [{ state: "frozen", ySplit: 1 }] });
      applyColumns(sheet, columns);
      sheet.getRow(1).commit();
      let cursor: { planYear: number; code: string } | null = null;
      for (;;) {
        const rows = await page(db, where, cursor);
        const cellsOf = (row: Row) => columns.map((c) => cellFor(c.kind, c.value(row, today) as never));
        if (!(await writeRowsInSlices(sheet, rows, cellsOf, output))) return;
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) break;
        cursor = { planYear: last.p.planYear, code: last.p.code };
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream;
}
