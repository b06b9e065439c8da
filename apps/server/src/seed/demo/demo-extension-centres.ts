import { type RoleCode, regionalCentreKey } from "@kc/domain";
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { conference, user } from "../../db/schema/index";
import { addConferenceResolution } from "../../modules/conferences/conference-resolutions";
import { createConference } from "../../modules/conferences/create-conference";
import { type CentreRow, findCentreInScope } from "../../modules/extension-centres/centre-scope";
import { createConsultingContract } from "../../modules/extension-centres/create-consulting-contract";
import { recordStaffingSnapshot } from "../../modules/extension-centres/record-staffing-snapshot";
import { setConsultingPlan } from "../../modules/extension-centres/set-consulting-plan";
import type { Actor } from "../../platform/context";
import { scopeFrom } from "../../platform/middleware";
import {
  CONTRACTS_2023,
  CONTRACTS_2024,
  consultingClients,
  consultingSubjects,
  contract2023,
  contract2024,
  demoConferences,
  NORTHERN_CONSULTING_CENTRES,
  PLAN_2024_PER_CENTRE,
  STAFFING_2018_AS_OF,
  staffing2018,
} from "./demo-extension-centres.data";

const meta = { requestId: "demo-seed", ip: null, userAgent: null };
const CENTRAL_OFFICER_EMAIL = "trunguong@demo.khuyencong.vn";

/** Provincial centres existing on `day`, by id; in `region` on that day when one is named. */
async function centresOn(db: Db, day: string, region?: string): Promise<string[]> {
  const result = await db.execute(sql`
    SELECT id FROM organisation WHERE type = 'TT_KHUYEN_CONG_TINH'
      AND valid_from <= ${day}::date AND (valid_to IS NULL OR valid_to >= ${day}::date)
      ${region ? sql`AND kc_region_at(admin_unit_id, ${day}::date) = ${region}` : sql``}
    ORDER BY id`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/**
 * The demo's centres and conferences, written through the modules' use cases by the central officer, as an
 * officer would type them (each write in its transaction with its audit row): the 2018 staffing of the 63
 * centres, the Northern centres' consulting contracts and 2024 plans, the Southern IX and Northern XVIII
 * conferences with a resolution each. Runs once: nothing is written when a conference exists.
 */
export async function seedDemoExtensionCentres(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(conference);
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
  const centre = async (id: string): Promise<CentreRow> => {
    const found = await findCentreInScope(db, actor, id);
    if (!found) throw new Error(`demo centre ${id} missing`);
    return found;
  };
  let written = 0;
  const staffed = await centresOn(db, STAFFING_2018_AS_OF);
  for (const [index, id] of staffed.entries()) {
    await recordStaffingSnapshot({
      db,
      actor,
      meta,
      centre: await centre(id),
      input: {
        asOf: STAFFING_2018_AS_OF,
        ...staffing2018(index),
        partTime: null,
        collaborators: null,
        note: "Số liệu minh họa theo tổng số toàn quốc năm 2018 (1.048 người, 875 biên chế, 63 trung tâm)",
      },
    });
    written += 1;
  }
  const northern = (await centresOn(db, "2024-06-30", "BAC")).slice(0, NORTHERN_CONSULTING_CENTRES);
  const contract = async (index: number, facts: { revenue: bigint; signedOn: string }) => {
    await createConsultingContract({
      db,
      actor,
      meta,
      centre: await centre(northern[index % northern.length] ?? regionalCentreKey(1)),
      input: {
        clientEstablishmentId: null,
        clientName: consultingClients[index % consultingClients.length] ?? "Khách hàng",
        subject: consultingSubjects[index % consultingSubjects.length] ?? "Tư vấn",
        contractNumber: `${String(index + 1).padStart(2, "0")}/${facts.signedOn.slice(0, 4)}/HĐTV`,
        value: ((facts.revenue * 6n) / 5n).toString(),
        signedOn: facts.signedOn,
        finishedOn: null,
        revenueReceived: facts.revenue.toString(),
      },
    });
    written += 1;
  };
  for (let i = 0; i < CONTRACTS_2023; i += 1) await contract(i, contract2023(i));
  for (let i = 0; i < CONTRACTS_2024; i += 1) await contract(i, contract2024(i));
  for (const id of northern) {
    await setConsultingPlan({
      db,
      actor,
      meta,
      centre: await centre(id),
      year: 2024,
      input: { revenuePlan: PLAN_2024_PER_CENTRE.toString(), version: null },
    });
    written += 1;
  }
  for (const { resolutions, ...input } of demoConferences) {
    const row = await createConference({ db, actor, meta, input });
    written += 1;
    for (const text of resolutions) {
      await addConferenceResolution({
        db,
        actor,
        meta,
        conferenceId: row.id,
        fields: { text, documentNumber: null },
        file: null,
      });
      written += 1;
    }
  }
  return written;
}
