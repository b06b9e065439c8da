import { CENTRAL_UNIT_ID, province63Key, type RoleCode } from "@kc/domain";
import { count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { annualPlan, user } from "../../db/schema/index";
import { createAnnualPlan } from "../../modules/plans/create-annual-plan";
import { reportFigures } from "../../modules/plans/report-figures";
import type { Actor } from "../../platform/context";
import { scopeFrom } from "../../platform/middleware";
import {
  nationalOutputsByYear,
  SOUTHERN_PROVINCE_CODES,
  southernTotals,
  splitByWeight,
  TENTH_OF_MILLION,
} from "./demo-figures.data";

const meta = { requestId: "demo-seed", ip: null, userAgent: null };
const CENTRAL_OFFICER_EMAIL = "trunguong@demo.khuyencong.vn";
const PROGRAMME = "CT-KCQG-2014-2020";

type SourceTotals = { KCQG: number; KCDP_TINH: number };

/** Per province: the amount of each source, in đồng. */
function perProvince(totals: SourceTotals, kind: "plan" | "exec") {
  const kcqg = splitByWeight(totals.KCQG, kind);
  const kcdp = splitByWeight(totals.KCDP_TINH, kind);
  return SOUTHERN_PROVINCE_CODES.map((code, i) => ({
    unitId: province63Key(code),
    KCQG: BigInt(kcqg[i] ?? 0) * TENTH_OF_MILLION,
    KCDP_TINH: BigInt(kcdp[i] ?? 0) * TENTH_OF_MILLION,
  }));
}

/**
 * Plans and reported execution of the Southern region 2016–2018 and the national outputs 2014–2018 (DOMAIN §2),
 * recorded through the same use cases as the screens (so the summary table is kept by them), in one
 * transaction. The dashboard then recomputes 84,12 %, +2,62 % and 26,59 % from these records. Skipped when any
 * plan exists or the central demo account is missing.
 */
export async function seedDemoFigures(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(annualPlan);
  if ((existing?.n ?? 0) > 0) return 0;
  const [person] = await db.select().from(user).where(eq(user.email, CENTRAL_OFFICER_EMAIL));
  if (!person) return 0;
  const actor: Actor = {
    userId: person.id,
    email: person.email,
    name: person.name,
    role: person.role as RoleCode,
    scope: scopeFrom(person),
    organisationId: person.organisationId,
    sessionId: "demo-seed",
    twoFactorEnabled: false,
  };
  return db.transaction(async (tx) => {
    let written = 0;
    for (const [year, totals, decisionDate] of [
      [2017, southernTotals.plan2017, "2017-01-16"],
      [2018, southernTotals.plan2018, "2018-01-15"],
    ] as const) {
      for (const unit of perProvince(totals, "plan")) {
        await createAnnualPlan({
          db: tx,
          actor,
          meta,
          input: {
            unitId: unit.unitId,
            year,
            programmeId: PROGRAMME,
            decisionNumber: `${100 + written}/QĐ-UBND`,
            decisionDate,
            noteVi:
              "Kế hoạch khuyến công năm (số liệu minh họa theo báo cáo Hội nghị khuyến công phía Nam lần IX)",
            lines: [
              { source: "KCQG", content: "A3_MO_HINH_CONG_NGHE", amount: `${unit.KCQG}` },
              { source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: `${unit.KCDP_TINH}` },
            ],
          },
        });
        written += 1;
      }
    }
    for (const [year, cutoffMonth, totals] of [
      [2016, 12, southernTotals.exec2016],
      [2017, 12, southernTotals.exec2017],
      [2018, 7, southernTotals.exec2018Jul],
    ] as const) {
      for (const unit of perProvince(totals, "exec")) {
        await reportFigures({
          db: tx,
          actor,
          meta,
          input: {
            unitId: unit.unitId,
            year,
            cutoffMonth,
            valueKind: "ACTUAL",
            noteVi: "Số liệu báo cáo của Sở Công Thương (trước khi có hệ thống)",
            values: [
              { indicator: "BUDGET_EXEC", source: "KCQG", value: `${unit.KCQG}` },
              { indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: `${unit.KCDP_TINH}` },
            ],
          },
        });
        written += 1;
      }
    }
    for (const year of [2014, 2015, 2016, 2017, 2018]) {
      await reportFigures({
        db: tx,
        actor,
        meta,
        input: {
          unitId: CENTRAL_UNIT_ID,
          year,
          cutoffMonth: 12,
          valueKind: "ACTUAL",
          noteVi: "Kết quả Chương trình khuyến công quốc gia (Báo cáo tổng kết 2014–2018)",
          values: nationalOutputsByYear.map((o) => ({
            indicator: o.indicator as "BRANDS",
            value: `${o.byYear[year] ?? 0}`,
          })),
        },
      });
      written += 1;
    }
    return written;
  });
}
