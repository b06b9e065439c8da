import { PassThrough, Readable } from "node:stream";
import { bigIntToDong, importColumns } from "@kc/domain";
import { aliasedTable, and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, establishment, establishmentYearData } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { writeRowsInSlices } from "../../platform/office/sliced-rows";
import { applyColumns, type CellValue, cellFor, streamingWorkbook } from "../../platform/office/xlsx-writer";
import { DATA_SHEET, kindOf } from "./establishment-template";
import { type EstablishmentFilters, listConditions } from "./establishments.queries";

const commune = aliasedTable(adminUnit, "commune");
const province = aliasedTable(adminUnit, "province");
/**
 * Rows per page query. On PGlite the query runs in this thread, so its time is a stall the slices cannot split:
 * pages of two slices (sliced-rows.ts) keep it near a slice's; on PostgreSQL it costs a few more round trips.
 */
const PAGE = 500;

/** The exported columns only: the eligibility document and search text are wide and not exported. */
const exportColumns = {
  id: establishment.id,
  sortKey: establishment.sortKey,
  name: establishment.name,
  legalForm: establishment.legalForm,
  subjectClass: establishment.subjectClass,
  taxCode: establishment.taxCode,
  businessRegNo: establishment.businessRegNo,
  ownerName: establishment.ownerName,
  addressText: establishment.addressText,
  industries: establishment.industries,
  vsicCodes: establishment.vsicCodes,
  mainProducts: establishment.mainProducts,
  phone: establishment.phone,
  email: establishment.email,
};

function exportPage(
  db: Db,
  actor: Actor,
  filters: Omit<EstablishmentFilters, "page" | "pageSize" | "sort">,
  cursor: { sortKey: string; id: string } | null,
) {
  // A row-value comparison, unlike the equivalent OR, is one range condition on the (…, sort_key, id) index.
  const after = cursor
    ? sql`(${establishment.sortKey}, ${establishment.id}) > (${cursor.sortKey}, ${cursor.id})`
    : undefined;
  return db
    .select({ e: exportColumns, communeCode: commune.code, provinceCode: province.code })
    .from(establishment)
    .innerJoin(commune, eq(commune.id, establishment.communeId))
    .innerJoin(province, eq(province.id, establishment.provinceId))
    .where(and(listConditions(actor, filters), after))
    .orderBy(asc(establishment.sortKey), asc(establishment.id))
    .limit(PAGE);
}

/** The latest yearly figures of each establishment of a page, in one query. */
async function latestYears(db: Db, ids: string[]) {
  const years = await db
    .select()
    .from(establishmentYearData)
    .where(inArray(establishmentYearData.establishmentId, ids))
    .orderBy(desc(establishmentYearData.year));
  const latest = new Map<string, (typeof years)[number]>();
  for (const year of years) if (!latest.has(year.establishmentId)) latest.set(year.establishmentId, year);
  return latest;
}

/**
 * Streams the filtered list as .xlsx in the template's columns, page by page with a keyset cursor, so 50,000 rows
 * never sit in memory and each page query stays an index range scan.
 */
export function exportEstablishments(
  db: Db,
  actor: Actor,
  filters: Omit<EstablishmentFilters, "page" | "pageSize" | "sort">,
): ReadableStream {
  const output = new PassThrough();
  void (async () => {
    try {
      const workbook = await streamingWorkbook(output);
      const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
      applyColumns(
        sheet,
        importColumns.map((c) => ({ header: c.headerVi, kind: kindOf(c.kind), width: 22 })),
      );
      sheet.getRow(1).commit();
      let cursor: { sortKey: string; id: string } | null = null;
      for (;;) {
        const rows = await exportPage(db, actor, filters, cursor);
        if (rows.length === 0) break;
        const years = await latestYears(
          db,
          rows.map((r) => r.e.id),
        );
        const cellsOf = ({ e, communeCode, provinceCode }: (typeof rows)[number]) => {
          const year = years.get(e.id);
          const values: Record<string, CellValue> = {
            name: e.name,
            legalForm: e.legalForm,
            subjectClass: e.subjectClass,
            taxCode: e.taxCode,
            businessRegNo: e.businessRegNo,
            ownerName: e.ownerName,
            provinceCode,
            communeCode,
            addressText: e.addressText,
            industries: e.industries.join("; "),
            vsicCodes: e.vsicCodes.join("; "),
            mainProducts: e.mainProducts,
            phone: e.phone,
            email: e.email,
            year: year?.year,
            employees: year?.employees,
            totalCapital:
              year?.totalCapital === null || year === undefined ? null : bigIntToDong(year.totalCapital),
            totalAssets:
              year?.totalAssets === null || year === undefined ? null : bigIntToDong(year.totalAssets),
            revenue: year?.revenue === null || year === undefined ? null : bigIntToDong(year.revenue),
            localMaterialSharePct:
              year?.localMaterialSharePct === null || year === undefined
                ? null
                : Number(year.localMaterialSharePct),
            hasExportContract: year?.hasExportContract,
            cnhtProduct: year?.cnhtProduct,
          };
          return importColumns.map((c) => cellFor(kindOf(c.kind), values[c.key]));
        };
        // Sliced: PGlite answers in this thread too, so the slices are also where the socket gets to write.
        if (!(await writeRowsInSlices(sheet, rows, cellsOf, output))) return;
        const last = rows[rows.length - 1];
        cursor = last ? { sortKey: last.e.sortKey, id: last.e.id } : null;
        if (rows.length < PAGE) break;
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream;
}
