import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Selection rounds, their steps and their council (issue 16 items 1–2) through the HTTP API: who plans, reads and
 * moves a round at each scope, the step refusals with the reasons the page shows, optimistic versions, bad input,
 * and juror accounts that reach only the round they sit on.
 */
const decision = (number: string) => ({ number, issuedOn: "2027-03-01", signer: "Nguyễn Văn An" });

const roundInput = (overrides: Record<string, unknown> = {}) => ({
  code: `BC-DT-${crypto.randomUUID().slice(0, 6)}`,
  title: "Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp năm 2027",
  level: "TINH",
  provinceId: DONG_THAP,
  year: 2027,
  organiserName: "Sở Công Thương Đồng Tháp",
  planDecision: decision("12/QĐ-SCT"),
  ...overrides,
});

const member = (body: string, role: string, fullName: string) => ({ body, role, fullName });

describe.each(engines)("selection rounds on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let leader: TestClient;
  let otherOfficer: TestClient;
  let central: TestClient;
  let admin: TestClient;
  let auditor: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    leader = (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client;
    otherOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
    auditor = (await signedIn(ctx, { role: "AUDITOR" })).client;
  });
  afterAll(async () => ctx?.close());

  async function createRound(overrides: Record<string, unknown> = {}) {
    const response = await officer.post("/api/v1/selection-rounds", roundInput(overrides));
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  /** A council of 7 with one chair and a secretary, and a jury of 3 with one head. */
  async function formCouncil(roundId: string) {
    const people = [
      member("COUNCIL", "CHAIR", "Trần Văn Chủ"),
      member("COUNCIL", "STANDING_VICE_CHAIR", "Lê Thị Phó"),
      member("COUNCIL", "SECRETARY", "Võ Thư Ký"),
      ...[1, 2, 3, 4].map((n) => member("COUNCIL", "COUNCIL_MEMBER", `Ủy Viên Số ${n}`)),
      member("JURY", "JURY_HEAD", "Phan Trưởng Ban"),
      member("JURY", "JUROR", "Đỗ Giám Khảo"),
      member("JURY", "JUROR", "Hồ Giám Khảo"),
    ];
    for (const person of people) {
      const response = await officer.post(`/api/v1/selection-rounds/${roundId}/members`, person);
      expect(response.status, await response.clone().text()).toBe(201);
    }
    return json(await officer.get(`/api/v1/selection-rounds/${roundId}/members`));
  }

  it("lets a province plan its own provincial round, with the parity warning shown and not blocking", async () => {
    const round = await createRound({ year: 2026 });
    expect(round).toMatchObject({ status: "PLANNED", level: "TINH", provinceName: expect.any(String) });
    expect(round.parityWarning).toContain("năm lẻ");
    expect(round.actions.update).toEqual({ available: true, reasons: [] });
    expect(round.nextSteps.map((s: { step: string }) => s.step)).toEqual(["FORM_COUNCIL"]);
    // The officer does not sign the council's decision: the step is the leader's, absent for the officer.
    expect(round.actions.steps).toEqual({});
  });

  it("refuses rounds of another place or level, and bad input, with the field named", async () => {
    const other = await officer.post("/api/v1/selection-rounds", roundInput({ provinceId: HA_NOI }));
    expect(other.status).toBe(403);
    expect((await json(other)).code).toBe("SELECTION_ROUND_OUT_OF_SCOPE");
    const national = await officer.post(
      "/api/v1/selection-rounds",
      roundInput({ level: "QUOC_GIA", provinceId: null }),
    );
    expect(national.status).toBe(403);
    const provincialByCentre = await central.post("/api/v1/selection-rounds", roundInput());
    expect(provincialByCentre.status).toBe(403);
    const noPlace = await officer.post("/api/v1/selection-rounds", roundInput({ provinceId: null }));
    expect(noPlace.status).toBe(400);
    expect(JSON.stringify(await json(noPlace))).toContain("provinceId");
    const badProject = await officer.post(
      "/api/v1/selection-rounds",
      roundInput({ fundingProjectId: "khong-co" }),
    );
    expect(badProject.status).toBe(422);
    expect((await json(badProject)).code).toBe("SELECTION_ROUND_REFERENCE_INVALID");
    const first = await createRound();
    const twice = await officer.post("/api/v1/selection-rounds", roundInput({ code: first.code }));
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe("SELECTION_ROUND_CODE_TAKEN");
    expect((await admin.post("/api/v1/selection-rounds", roundInput())).status).toBe(403);
  });

  it("lets central staff plan a national round, which provinces do not see", async () => {
    const created = await central.post(
      "/api/v1/selection-rounds",
      roundInput({
        level: "QUOC_GIA",
        provinceId: null,
        year: 2016,
        organiserName: "Cục Công Thương địa phương",
        planDecision: { ...decision("5/QĐ-BCT"), issuedOn: "2016-02-01" },
      }),
    );
    expect(created.status).toBe(201);
    const round = await json(created);
    expect(round.fundingNormCode).toBe("g2");
    // g2 of the 2014 norms in force on the plan decision's day; the parity rule (S7) is met.
    expect(round.fundingCapDong).toBe("200000000");
    expect(round.parityWarning).toBeNull();
    expect((await officer.get(`/api/v1/selection-rounds/${round.id}`)).status).toBe(404);
    expect((await auditor.get(`/api/v1/selection-rounds/${round.id}`)).status).toBe(200);
  });

  it("hides a province's round from another province (404) and shows it nationally", async () => {
    const round = await createRound();
    expect((await otherOfficer.get(`/api/v1/selection-rounds/${round.id}`)).status).toBe(404);
    const list = await json(await otherOfficer.get("/api/v1/selection-rounds"));
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(round.id);
    expect((await central.get(`/api/v1/selection-rounds/${round.id}`)).status).toBe(200);
    expect((await admin.get(`/api/v1/selection-rounds/${round.id}`)).status).toBe(403);
    const mine = await json(
      await officer.get(`/api/v1/selection-rounds?q=${encodeURIComponent("dong thap")}`),
    );
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(round.id);
    // Central staff read it but do not organise it.
    const seen = await json(await central.get(`/api/v1/selection-rounds/${round.id}`));
    expect(seen.actions.update).toBeUndefined();
  });

  it("edits at the version read (409 otherwise) and never another province's round", async () => {
    const round = await createRound();
    const body = {
      version: round.version,
      title: "Bình chọn sản phẩm tiêu biểu Đồng Tháp (sửa)",
      organiserOrgId: null,
      organiserName: round.organiserName,
      fundingProjectId: null,
      planDecision: decision("13/QĐ-SCT"),
    };
    const edited = await officer.patch(`/api/v1/selection-rounds/${round.id}`, body);
    expect(edited.status).toBe(200);
    expect((await json(edited)).title).toBe(body.title);
    const stale = await officer.patch(`/api/v1/selection-rounds/${round.id}`, body);
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("VERSION_CONFLICT");
    expect((await otherOfficer.patch(`/api/v1/selection-rounds/${round.id}`, body)).status).toBe(404);
  });

  it("refuses forming the council until S3 is met, with the reasons the page shows", async () => {
    const round = await createRound();
    const before = await json(await leader.get(`/api/v1/selection-rounds/${round.id}`));
    const formation = before.actions.steps.FORM_COUNCIL;
    expect(formation.available).toBe(false);
    expect(formation.reasons.map((r: { code: string }) => r.code)).toContain(
      "SELECTION_COUNCIL_SIZE_INVALID",
    );
    const step = {
      version: round.version,
      step: "FORM_COUNCIL",
      effectiveOn: "2027-03-05",
      decision: decision("20/QĐ-UBND"),
    };
    const refused = await leader.post(`/api/v1/selection-rounds/${round.id}/steps`, step);
    expect(refused.status).toBe(422);
    expect((await json(refused)).code).toBe("SELECTION_COUNCIL_SIZE_INVALID");
    // The officer is not the approver: 403, whatever the council.
    expect((await officer.post(`/api/v1/selection-rounds/${round.id}/steps`, step)).status).toBe(403);

    const members = await formCouncil(round.id);
    expect(members.composition).toMatchObject({ councilSize: 7, jurySize: 3, problems: [] });
    const withoutDecision = await leader.post(`/api/v1/selection-rounds/${round.id}/steps`, {
      ...step,
      decision: null,
    });
    expect(withoutDecision.status).toBe(422);
    expect((await json(withoutDecision)).code).toBe("SELECTION_STEP_REQUIREMENTS_UNMET");
    const formed = await leader.post(`/api/v1/selection-rounds/${round.id}/steps`, step);
    expect(formed.status, await formed.clone().text()).toBe(200);
    const after = await json(formed);
    expect(after.status).toBe("COUNCIL_FORMED");
    expect(after.decisions).toEqual([
      expect.objectContaining({ number: "20/QĐ-UBND", toStatus: "COUNCIL_FORMED" }),
    ]);
    const again = await leader.post(`/api/v1/selection-rounds/${round.id}/steps`, {
      ...step,
      version: after.version,
    });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("SELECTION_STEP_NOT_ALLOWED");

    // Judging waits for the chair's point frame.
    const open = await officer.post(`/api/v1/selection-rounds/${round.id}/steps`, {
      version: after.version,
      step: "OPEN_CALL",
      effectiveOn: "2027-03-10",
      decision: decision("25/TB-SCT"),
    });
    expect(open.status).toBe(200);
    const opened = await json(open);
    expect(opened.actions.steps.START_JUDGING.reasons.map((r: { code: string }) => r.code)).toEqual([
      "SELECTION_FRAME_NOT_APPROVED",
    ]);
    const judging = await officer.post(`/api/v1/selection-rounds/${round.id}/steps`, {
      version: opened.version,
      step: "START_JUDGING",
      effectiveOn: "2027-04-01",
    });
    expect(judging.status).toBe(409);
    expect((await json(judging)).code).toBe("SELECTION_FRAME_NOT_APPROVED");
  });

  it("keeps the council within S3 and one chair when members are written", async () => {
    const round = await createRound();
    await formCouncil(round.id);
    const secondChair = await officer.post(
      `/api/v1/selection-rounds/${round.id}/members`,
      member("COUNCIL", "CHAIR", "Chủ Tịch Thứ Hai"),
    );
    expect(secondChair.status).toBe(422);
    expect((await json(secondChair)).code).toBe("SELECTION_MEMBER_ROLE_INVALID");
    for (const n of [5, 6]) {
      const added = await officer.post(
        `/api/v1/selection-rounds/${round.id}/members`,
        member("COUNCIL", "COUNCIL_MEMBER", `Ủy Viên Số ${n}`),
      );
      expect(added.status).toBe(201);
    }
    const tenth = await officer.post(
      `/api/v1/selection-rounds/${round.id}/members`,
      member("COUNCIL", "COUNCIL_MEMBER", "Ủy Viên Thừa"),
    );
    expect(tenth.status).toBe(422);
    expect((await json(tenth)).code).toBe("SELECTION_COUNCIL_SIZE_INVALID");
    const wrongRole = await officer.post(
      `/api/v1/selection-rounds/${round.id}/members`,
      member("JURY", "CHAIR", "Sai Chức Danh"),
    );
    expect(wrongRole.status).toBe(400);
    expect(
      (
        await otherOfficer.post(
          `/api/v1/selection-rounds/${round.id}/members`,
          member("EXPERT", "EXPERT", "A B"),
        )
      ).status,
    ).toBe(404);
    expect(
      (await central.post(`/api/v1/selection-rounds/${round.id}/members`, member("EXPERT", "EXPERT", "A B")))
        .status,
    ).toBe(403);
    const list = await json(await officer.get(`/api/v1/selection-rounds/${round.id}/members`));
    const juror = list.items.find((m: { role: string }) => m.role === "JUROR");
    const stale = await officer.request("PUT", `/api/v1/selection-rounds/${round.id}/members/${juror.id}`, {
      version: juror.version + 1,
      member: { ...member("JURY", "JUROR", juror.fullName), conflictEstablishmentIds: ["EST-1"] },
    });
    expect(stale.status).toBe(409);
    const declared = await officer.request(
      "PUT",
      `/api/v1/selection-rounds/${round.id}/members/${juror.id}`,
      {
        version: juror.version,
        member: { ...member("JURY", "JUROR", juror.fullName), conflictEstablishmentIds: ["EST-1"] },
      },
    );
    expect(declared.status).toBe(200);
  });

  it("gives jurors and the secretary accounts that reach only their round", async () => {
    const round = await createRound();
    const otherRound = await createRound();
    const { items } = await formCouncil(round.id);
    const juror = items.find((m: { role: string }) => m.role === "JURY_HEAD");
    const chair = items.find((m: { role: string }) => m.role === "CHAIR");
    const secretary = items.find((m: { role: string }) => m.role === "SECRETARY");
    const email = `giam-khao-${crypto.randomUUID().slice(0, 6)}@test.khuyencong.vn`;
    const granted = await officer.post(`/api/v1/selection-rounds/${round.id}/members/${juror.id}/account`, {
      version: juror.version,
      email,
    });
    expect(granted.status, await granted.clone().text()).toBe(201);
    const { oneTimePassword, member: linked } = await json(granted);
    expect(linked.accountEmail).toBe(email);
    const chairAccount = await officer.post(
      `/api/v1/selection-rounds/${round.id}/members/${chair.id}/account`,
      {
        version: chair.version,
        email: `chu-tich-${crypto.randomUUID().slice(0, 6)}@test.khuyencong.vn`,
      },
    );
    expect(chairAccount.status).toBe(422);
    expect((await json(chairAccount)).code).toBe("SELECTION_MEMBER_ACCOUNT_INVALID");
    const secretaryAccount = await officer.post(
      `/api/v1/selection-rounds/${round.id}/members/${secretary.id}/account`,
      { version: secretary.version, email: `thu-ky-${crypto.randomUUID().slice(0, 6)}@test.khuyencong.vn` },
    );
    expect(secretaryAccount.status).toBe(201);

    const jurorClient = ctx.client();
    expect((await jurorClient.signIn(email, oneTimePassword)).status).toBe(200);
    // A password someone else chose is changed first.
    expect((await jurorClient.get("/api/v1/selection-rounds")).status).toBe(403);
    const changed = await jurorClient.post("/api/v1/me/password", {
      currentPassword: oneTimePassword,
      newPassword: "mat-khau-rieng-cua-giam-khao",
    });
    expect(changed.status, await changed.clone().text()).toBeLessThan(300);
    if (jurorClient.cookies.size === 0)
      expect((await jurorClient.signIn(email, "mat-khau-rieng-cua-giam-khao")).status).toBe(200);
    const seen = await json(await jurorClient.get("/api/v1/selection-rounds"));
    expect(seen.items.map((r: { id: string }) => r.id)).toEqual([round.id]);
    const page = await json(await jurorClient.get(`/api/v1/selection-rounds/${round.id}`));
    expect(page.myRoles).toEqual(["JURY_HEAD"]);
    expect(page.actions).toEqual({ steps: {} });
    expect((await jurorClient.get(`/api/v1/selection-rounds/${otherRound.id}`)).status).toBe(404);
    expect(
      (
        await jurorClient.post(
          `/api/v1/selection-rounds/${round.id}/members`,
          member("EXPERT", "EXPERT", "X Y"),
        )
      ).status,
    ).toBe(403);
    for (const path of ["/api/v1/establishments", "/api/v1/projects", "/api/v1/users"])
      expect((await jurorClient.get(path)).status).toBe(403);
  });
});
