import type { EstablishmentCreate } from "@kc/domain";
import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, establishment } from "../../db/schema/index";
import { createEstablishment } from "../../modules/establishments/create-establishment";
import { buildEstablishmentInput, seededRandom, taxCodeFrom } from "../builders/establishment-builder";

type Trade = {
  industries: EstablishmentCreate["industries"];
  names: string[];
  products: string[];
  vsic: string[];
};

/** Trades typical of rural industry in the demo provinces (DOMAIN.md §3.2, industries of Decree 45 Art. 5). */
const trades: Trade[] = [
  {
    industries: ["N_DD"],
    names: ["Cơ sở mây tre đan", "Hộ kinh doanh đan lục bình", "Cơ sở đan cói"],
    products: ["Giỏ mây, khay tre, đèn tre", "Túi, thảm lục bình xuất khẩu", "Chiếu cói, hộp cói"],
    vsic: ["1629"],
  },
  {
    industries: ["N_DD"],
    names: ["Cơ sở gốm", "Hợp tác xã gốm sứ"],
    products: ["Gốm đỏ, chậu cảnh", "Bình, lọ gốm men lam"],
    vsic: ["2393"],
  },
  {
    industries: ["N_DD", "N_B"],
    names: ["Cơ sở thêu ren", "Cơ sở dệt thổ cẩm"],
    products: ["Khăn, áo thêu tay", "Vải thổ cẩm, túi dệt"],
    vsic: ["1392"],
  },
  {
    industries: ["N_A"],
    names: [
      "Cơ sở chế biến nông sản",
      "Hộ kinh doanh bánh phồng tôm",
      "Cơ sở kẹo dừa",
      "Hợp tác xã nước mắm",
    ],
    products: ["Khô cá lóc, mắm cá linh", "Bánh phồng tôm", "Kẹo dừa, bánh tráng dừa", "Nước mắm cá cơm"],
    vsic: ["1079", "1020"],
  },
  {
    industries: ["N_A"],
    names: ["Cơ sở xay xát gạo", "Cơ sở sấy nông sản"],
    products: ["Gạo thơm, bột gạo", "Xoài sấy, chuối sấy"],
    vsic: ["1061", "1030"],
  },
  {
    industries: ["N_D"],
    names: ["Cơ sở cơ khí", "Xưởng cơ khí nông nghiệp"],
    products: ["Máy gặt đập, máy sấy lúa", "Khung nhà xưởng, cửa sắt"],
    vsic: ["2821", "2511"],
  },
  {
    industries: ["N_C"],
    names: ["Cơ sở sản xuất gạch không nung"],
    products: ["Gạch block, gạch terrazzo"],
    vsic: ["2395"],
  },
  {
    industries: ["N_B"],
    names: ["Công ty TNHH may mặc", "Cơ sở sản xuất đồ gỗ"],
    products: ["Quần áo bảo hộ lao động", "Bàn ghế gỗ, tủ gỗ"],
    vsic: ["1410", "3100"],
  },
];

const families = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
const middles = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Kim"];
const givens = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hạnh",
  "Hòa",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phúc",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trung",
  "Yến",
];
const hamlets = ["Ấp 1", "Ấp Tân Mỹ", "Thôn Đông", "Thôn Trung", "Tổ 5", "Khóm 2", "Ấp Phú Vinh", "Thôn Hạ"];

/**
 * A few hundred establishments (300: the largest demo fair has 294 participants, one row per establishment) across the demo provinces, created through the same use case as the form (so they
 * are validated and their eligibility evaluated like real records), in one transaction: a start killed half-way
 * leaves none and the next start seeds them all. Skipped when any establishment exists.
 */
export async function seedDemoEstablishments(db: Db, total = 300): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(establishment);
  if ((existing?.n ?? 0) > 0) return 0;
  const communes = await db
    .select({ id: adminUnit.id, parentId: adminUnit.parentId, name: adminUnit.name })
    .from(adminUnit)
    .where(eq(adminUnit.level, "XA"));
  if (communes.length === 0) return 0;
  const provinceIds = [...new Set(communes.map((c) => c.parentId).filter((id): id is string => !!id))];
  const provinces = await db
    .select({ id: adminUnit.id, code: adminUnit.code })
    .from(adminUnit)
    .where(inArray(adminUnit.id, provinceIds));
  const random = seededRandom(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const meta = { requestId: "demo-seed", ip: null, userAgent: null };
  await db.transaction(async (tx) => {
    for (let i = 0; i < total; i++) {
      const commune = communes[i % communes.length] as (typeof communes)[number];
      const provinceCode = provinces.find((p) => p.id === commune.parentId)?.code ?? "00";
      const trade = pick(trades);
      const owner = `${pick(families)} ${pick(middles)} ${pick(givens)}`;
      const place = commune.name.replace(/^(Phường|Xã|Đặc khu) /u, "");
      const legalForm = trade.names[0]?.startsWith("Công ty") ? "DNNVV" : random() < 0.2 ? "HTX" : "HKD";
      const name = `${pick(trade.names)} ${random() < 0.5 ? owner.split(" ").slice(-2).join(" ") : place}${i % 7 === 0 ? ` ${i}` : ""}`;
      const employees = Math.floor(3 + random() * (legalForm === "HKD" ? 30 : 120));
      const revenue = BigInt(Math.floor(200 + random() * 20_000)) * 1_000_000n;
      await createEstablishment({
        db: tx,
        actor: null,
        meta,
        input: buildEstablishmentInput({
          name,
          legalForm,
          subjectClass: "CNNT",
          taxCode: legalForm === "HKD" && random() < 0.6 ? null : taxCodeFrom(i + 1, provinceCode),
          ownerName: owner,
          communeId: commune.id,
          addressText: pick(hamlets),
          industries: trade.industries,
          vsicCodes: [pick(trade.vsic)],
          mainProducts: pick(trade.products),
          phone: `09${String(10_000_000 + i * 7919).slice(0, 8)}`,
          yearData: [2024, 2025].map((year) => ({
            year,
            employees: year === 2025 ? employees : Math.max(1, employees - 2),
            revenue: String(year === 2025 ? revenue : (revenue * 9n) / 10n),
            totalCapital: String(revenue / 2n),
            localMaterialSharePct: Math.round(random() * 100),
            hasExportContract: random() < 0.25,
            cnhtProduct: trade.industries.includes("N_D") && random() < 0.3,
          })),
        }),
      });
    }
  });
  return total;
}
