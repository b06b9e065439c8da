import { type DataScope, ORG_KEYS, provincialOrgKey, type RoleCode } from "@kc/domain";
import { count } from "drizzle-orm";
import type { Db } from "../../db/client";
import { user } from "../../db/schema/index";
import { createUser } from "../../modules/users/create-user";
import { passwordHasher } from "../../platform/auth";

export const DEMO_PASSWORD = "khuyencong-demo";

type DemoAccount = {
  email: string;
  name: string;
  role: RoleCode;
  scope: DataScope;
  organisationId: string | null;
};

/** The demo accounts of the README; they exist only in demo mode (never in production). */
export const demoAccounts: DemoAccount[] = [
  {
    email: "admin@demo.khuyencong.vn",
    name: "Quản trị hệ thống",
    role: "SYSTEM_ADMIN",
    scope: { kind: "NATIONAL" },
    organisationId: ORG_KEYS.operator,
  },
  {
    email: "trunguong@demo.khuyencong.vn",
    name: "Nguyễn Văn Trung",
    role: "CENTRAL_OFFICER",
    scope: { kind: "NATIONAL" },
    organisationId: ORG_KEYS.centralAgency,
  },
  {
    email: "lanhdao.trunguong@demo.khuyencong.vn",
    name: "Hoàng Minh Cục",
    role: "CENTRAL_LEADER",
    scope: { kind: "NATIONAL" },
    organisationId: ORG_KEYS.centralAgency,
  },
  {
    email: "kiemtra@demo.khuyencong.vn",
    name: "Trần Thị Kiểm",
    role: "AUDITOR",
    scope: { kind: "NATIONAL" },
    organisationId: ORG_KEYS.ministry,
  },
  {
    email: "dongthap@demo.khuyencong.vn",
    name: "Lê Văn Tháp",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: "P34-82" },
    organisationId: provincialOrgKey("TT_KHUYEN_CONG_TINH", "P34-82"),
  },
  {
    email: "lanhdao.dongthap@demo.khuyencong.vn",
    name: "Phạm Thị Sen",
    role: "PROVINCIAL_LEADER",
    scope: { kind: "PROVINCE", provinceId: "P34-82" },
    organisationId: provincialOrgKey("SO_CONG_THUONG", "P34-82"),
  },
  {
    email: "thanhhoa@demo.khuyencong.vn",
    name: "Lê Thị Thanh",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: "P34-38" },
    organisationId: provincialOrgKey("TT_KHUYEN_CONG_TINH", "P34-38"),
  },
  {
    email: "lanhdao.thanhhoa@demo.khuyencong.vn",
    name: "Trịnh Văn Hóa",
    role: "PROVINCIAL_LEADER",
    scope: { kind: "PROVINCE", provinceId: "P34-38" },
    organisationId: provincialOrgKey("SO_CONG_THUONG", "P34-38"),
  },
  // The council secretary and the jurors of the demo provincial round of Đồng Tháp (demo-selection-round.ts):
  // their accounts reach only the rounds they sit on.
  {
    email: "thuky.dongthap@demo.khuyencong.vn",
    name: "Võ Thị Thư",
    role: "COUNCIL_SECRETARY",
    scope: { kind: "SELECTION_MEMBER" },
    organisationId: null,
  },
  ...["Nguyễn Văn Giám", "Trần Thị Khảo", "Lê Minh Chấm"].map((name, i) => ({
    email: `giamkhao${i + 1}@demo.khuyencong.vn`,
    name,
    role: "JUROR" as const,
    scope: { kind: "SELECTION_MEMBER" as const },
    organisationId: null,
  })),
  {
    email: "hanoi@demo.khuyencong.vn",
    name: "Đỗ Thị Hà",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: "P34-01" },
    organisationId: provincialOrgKey("SO_CONG_THUONG", "P34-01"),
  },
];

/**
 * Creates the demo accounts when the database has no account yet; answers whether it did. One transaction, so a
 * start killed half-way leaves no account and the next start seeds them all.
 */
export async function seedDemoAccounts(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ n: count() }).from(user);
    if ((row?.n ?? 0) > 0) return false;
    const meta = { requestId: "demo-seed", ip: null, userAgent: null };
    // Argon2id is slow on purpose; one hash serves every demo account (they share the password), which keeps the
    // first start within its budget. Each hash still carries its own salt in real accounts.
    const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
    for (const account of demoAccounts) {
      await createUser({
        db: tx,
        actor: null,
        meta,
        input: { ...account, password: DEMO_PASSWORD },
        passwordHash,
      });
    }
    return true;
  });
}
