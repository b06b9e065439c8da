import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishment, selectionEntry, selectionMember, selectionRound } from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Complaints (S6) over HTTP on the working-day calendar, and the calendar's admin: results notified on Monday
 * 20/01/2025 leave until Monday 17/02/2025 (Tết 2025 in between); a decided day off moves it; a late complaint
 * is refused with the last day named; the answer is due 10 working days after receipt.
 */
const R = "R-DT-2025";
describe.each(engines)("selection complaints and the working-day calendar on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let hanoiOfficer: TestClient;
  let secretary: TestClient;
  let juror: TestClient;
  let admin: TestClient;
  const path = `/api/v1/selection-rounds/${R}/complaints`;
  const complaint = (receivedOn: string) => ({
    entryId: "e-a",
    filedOn: receivedOn,
    filedByName: "Nguyễn Văn An",
    content: "Đề nghị xem lại điểm của sản phẩm",
    receivedOn,
  });

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await ctx.db.insert(establishment).values({
      id: "est-a",
      provinceId: DONG_THAP,
      communeId: COMMUNE_DONG_THAP,
      name: "Cơ sở chiếu cói Định Yên",
      legalForm: "HKD",
      subjectClass: "CNNT",
      industries: ["N_DD"],
      searchText: "chieu coi",
      sortKey: "e|a",
      eligibilityVerdict: "ELIGIBLE",
      eligibilityEvaluatedOn: "2025-01-01",
    });
    await ctx.db.insert(selectionRound).values({
      id: R,
      code: R,
      title: "Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp năm 2025",
      level: "TINH",
      provinceId: DONG_THAP,
      year: 2025,
      organiserName: "Sở Công Thương Đồng Tháp",
      searchText: "binh chon",
      status: "COMPLAINT_WINDOW",
      resultsNotifiedOn: "2025-01-20",
    });
    await ctx.db.insert(selectionEntry).values({
      id: "e-a",
      roundId: R,
      establishmentId: "est-a",
      productName: "Chiếu cói",
      productNameFolded: "chieu coi",
      productGroup: "G1",
      searchText: "chieu coi",
    });
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoiOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    const sec = await signedIn(ctx, { role: "COUNCIL_SECRETARY" });
    secretary = sec.client;
    const jur = await signedIn(ctx, { role: "JUROR" });
    juror = jur.client;
    await ctx.db.insert(selectionMember).values([
      {
        id: "m-sec",
        roundId: R,
        body: "COUNCIL",
        role: "SECRETARY",
        fullName: "Thư Ký",
        userId: sec.user.id,
      },
      { id: "m-j", roundId: R, body: "JURY", role: "JUROR", fullName: "Giám Khảo", userId: jur.user.id },
    ]);
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
  });
  afterAll(async () => ctx?.close());

  it("counts the window in working days across Tết and refuses a late complaint naming the last day", async () => {
    const page = await json(await officer.get(path));
    expect(page).toMatchObject({
      notifiedOn: "2025-01-20",
      lastDay: "2025-02-17",
      open: true,
      canKeep: true,
    });
    const late = await officer.post(path, complaint("2025-02-18"));
    expect(late.status).toBe(409);
    const problem = await json(late);
    expect(problem.code).toBe("SELECTION_COMPLAINT_WINDOW_CLOSED");
    expect(problem.detail).toContain("17/02/2025");
    const inTime = await officer.post(path, complaint("2025-02-17"));
    expect(inTime.status).toBe(201);
    expect((await json(inTime)).dueOn).toBe("2025-03-03");
  });

  it("lets the council secretary record and resolve, not a juror; another province's officer gets 404", async () => {
    expect((await juror.post(path, complaint("2025-02-03"))).status).toBe(403);
    expect((await hanoiOfficer.get(path)).status).toBe(404);
    expect((await hanoiOfficer.post(path, complaint("2025-02-03"))).status).toBe(404);
    const created = await json(await secretary.post(path, complaint("2025-02-03")));
    const resolve = (version: number) =>
      secretary.post(`${path}/${created.id}/resolve`, {
        version,
        status: "REJECTED",
        resolution: "Giữ nguyên kết quả",
        resolvedOn: "2025-02-10",
      });
    expect((await resolve(7)).status).toBe(409);
    expect((await resolve(1)).status).toBe(204);
    expect((await json(await resolve(2))).code).toBe("SELECTION_COMPLAINT_RESOLVED");
    const kept = await json(await secretary.get(path));
    expect(kept.actions.record).toEqual({ available: true, reasons: [] });
    // The window of 2025 is long past: the days left count backwards, in working days.
    expect(kept.windowWorkingDaysLeft).toBeLessThan(-300);
    const answered = kept.complaints.find((c: { id: string }) => c.id === created.id);
    expect(answered.workingDaysLeft).toBeNull();
    expect(answered.actions.resolve.reasons.map((r: { code: string }) => r.code)).toEqual([
      "SELECTION_COMPLAINT_RESOLVED",
    ]);
    const open = kept.complaints.find((c: { status: string }) => c.status === "OPEN");
    expect(open).toMatchObject({ overdue: true, actions: { resolve: { available: true } } });
    expect(open.workingDaysLeft).toBeLessThan(0);
    const list = await json(await juror.get(path));
    expect(list.canKeep).toBe(false);
    expect(list.actions).toEqual({});
    expect(list.complaints.find((c: { id: string }) => c.id === created.id)).toMatchObject({
      status: "REJECTED",
      statusLabel: expect.any(String),
      productName: "Chiếu cói",
    });
  });

  it("lets only the administrator add or remove a decided day, and the window follows it", async () => {
    const day = {
      date: "2025-02-14",
      kind: "HOLIDAY",
      name: "Nghỉ thử nghiệm",
      decisionRef: "Thông báo 1/TB",
    };
    expect((await officer.post("/api/v1/calendar-days", day)).status).toBe(403);
    expect((await admin.post("/api/v1/calendar-days", day)).status).toBe(201);
    expect((await json(await admin.post("/api/v1/calendar-days", day))).code).toBe("CALENDAR_DAY_EXISTS");
    const year = await json(await officer.get("/api/v1/calendar-days?year=2025"));
    expect(year.canManage).toBe(false);
    expect(year.days.find((d: { date: string }) => d.date === "2025-01-29")).toMatchObject({
      working: false,
      source: "PUBLIC_HOLIDAY",
      reason: "Tết Nguyên đán (mùng 1)",
    });
    expect(year.days.find((d: { date: string }) => d.date === "2025-02-14")).toMatchObject({
      source: "OVERRIDE",
      decision: { decisionRef: "Thông báo 1/TB", version: 1 },
    });
    // The stored deadline is not set here, so the window is computed with the decision: one day later.
    expect((await json(await officer.get(path))).lastDay).toBe("2025-02-18");
    expect((await admin.request("DELETE", "/api/v1/calendar-days/2025-02-14?version=2")).status).toBe(409);
    expect((await admin.request("DELETE", "/api/v1/calendar-days/2025-02-14?version=1")).status).toBe(204);
    expect((await json(await officer.get(path))).lastDay).toBe("2025-02-17");
    const [round] = await ctx.db.select().from(selectionRound).where(eq(selectionRound.id, R));
    expect(round?.complaintWindowEndsOn).toBeNull();
  });
});
