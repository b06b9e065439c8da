import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANUAL_ROWS } from "./reports-fixture";
import {
  type BuiltUser,
  buildUser,
  createTestContext,
  DONG_THAP,
  type Engine,
  engines,
  HA_NOI,
  type Json,
  json,
  type TestClient,
  type TestContext,
} from "./support";

/** A real SMTP server in the test process: each message received, raw, with its envelope recipients. */
async function startSmtpServer() {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The subject of a raw message, its encoded words decoded (nodemailer writes UTF-8 subjects as =?UTF-8?…?=). */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  return header
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

const OBLIGATIONS = "/api/v1/report-obligations";
const REPORTS = "/api/v1/reports";
const ANNUAL = "BC_NAM-V1";
const SIX_MONTHS = "BC_6_THANG-V1";

describe.each(engines)("reports owed, reminders, completeness and awards on %s", (engine: Engine) => {
  let ctx: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let offset = 0;
  const users = {} as Record<
    "dtOfficer" | "dtLeader" | "hnOfficer" | "central" | "leader" | "regionNam" | "auditor",
    BuiltUser
  >;
  let as = {} as Record<keyof typeof users, TestClient>;

  /** Moves the application's clock to 10:00 in Vietnam on `day` and signs everyone in again (sessions expire). */
  async function setToday(day: string) {
    const wanted = Date.parse(`${day}T03:00:00Z`) - Date.now();
    ctx.advanceClock(wanted - offset);
    offset = wanted;
    const entries = await Promise.all(
      Object.entries(users).map(async ([name, user]) => {
        const client = ctx.client();
        expect((await client.signIn(user.email, user.password)).status).toBe(200);
        return [name, client] as const;
      }),
    );
    as = Object.fromEntries(entries) as typeof as;
  }

  async function ok(response: Response, status = 200): Promise<Json> {
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(status);
    return body;
  }

  /** Opens a report of Đồng Tháp, fills the typed-in rows and sends it. */
  async function openAndSubmit(templateId: string, year: number): Promise<Json> {
    let report = await ok(
      await as.dtOfficer.post(REPORTS, { templateId, provinceId: DONG_THAP, year, index: 1 }),
      201,
    );
    report = await ok(
      await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
        version: report.version,
        cells: MANUAL_ROWS.map((row) => ({ row, column: "PERIOD", value: "0" })),
      }),
    );
    return ok(await as.dtOfficer.post(`${REPORTS}/${report.id}/submit`, { version: report.version }));
  }

  const sweep = async () => ok(await as.central.post("/api/v1/report-reminders/sweep", {}));
  const owedBy = (body: Json, provinceId: string) =>
    body.items.filter((item: Json) => item.provinceId === provinceId);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ctx = await createTestContext(engine, {
      smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: '"Khuyến công" <no-reply@test.khuyencong.vn>' },
    });
    const province = (provinceId: string) => ({ kind: "PROVINCE" as const, provinceId });
    users.dtOfficer = await buildUser(ctx, { role: "PROVINCIAL_OFFICER", scope: province(DONG_THAP) });
    users.dtLeader = await buildUser(ctx, { role: "PROVINCIAL_LEADER", scope: province(DONG_THAP) });
    users.hnOfficer = await buildUser(ctx, { role: "PROVINCIAL_OFFICER", scope: province(HA_NOI) });
    users.central = await buildUser(ctx, { role: "CENTRAL_OFFICER" });
    users.leader = await buildUser(ctx, { role: "CENTRAL_LEADER" });
    users.regionNam = await buildUser(ctx, {
      role: "CENTRAL_OFFICER",
      scope: { kind: "REGION", regionCode: "NAM" },
    });
    users.auditor = await buildUser(ctx, { role: "AUDITOR" });
    // 10/01/2026: Đồng Tháp sends its 2025 annual report five days before its due day; the centre approves it.
    await setToday("2026-01-10");
    const annual = await openAndSubmit(ANNUAL, 2025);
    await ok(await as.central.post(`${REPORTS}/${annual.id}/steps/APPROVE`, { version: annual.version }));
    await setToday("2026-07-20");
  });
  afterAll(async () => {
    await ctx?.close();
    await smtp?.close();
  });

  it("lists what each scope owes: the own province, another province, a region, the whole country", async () => {
    const dt = await ok(await as.dtOfficer.get(OBLIGATIONS));
    expect(new Set(dt.items.map((item: Json) => item.provinceId))).toEqual(new Set([DONG_THAP]));
    expect(
      dt.items.map((item: Json) => [item.templateId, item.year, item.status, item.dueInWordsVi]),
    ).toEqual([
      [SIX_MONTHS, 2026, "OVERDUE", "Trễ 5 ngày"],
      [ANNUAL, 2026, "NOT_YET_DUE", "Còn 179 ngày"],
      [ANNUAL, 2025, "APPROVED", "Trễ 186 ngày"],
    ]);
    expect(dt.needingAction).toBe(1);
    expect(dt.items[0]).toMatchObject({ reportId: null, canOpen: true, dueOn: "2026-07-15" });
    expect(dt.items[2]).toMatchObject({ timeliness: "ON_TIME", firstSubmittedOn: "2026-01-10" });

    const hn = await ok(await as.hnOfficer.get(OBLIGATIONS));
    expect(new Set(hn.items.map((item: Json) => item.provinceId))).toEqual(new Set([HA_NOI]));
    expect(hn.needingAction).toBe(2);
    expect(hn.items[0]).toMatchObject({
      templateId: ANNUAL,
      year: 2025,
      status: "OVERDUE",
      timeliness: "MISSING",
    });

    const nam = await ok(await as.regionNam.get(`${OBLIGATIONS}?year=2025`));
    expect(owedBy(nam, DONG_THAP)).toHaveLength(1);
    expect(owedBy(nam, HA_NOI)).toHaveLength(0);

    const all = await ok(await as.central.get(`${OBLIGATIONS}?year=2025&templateId=${ANNUAL}`));
    expect(all.items).toHaveLength(34);
    expect(all.items.every((item: Json) => item.canOpen === false || item.reportId !== null)).toBe(true);
    const audited = await ok(await as.auditor.get(`${OBLIGATIONS}?status=APPROVED`));
    expect(audited.items.map((item: Json) => item.provinceLabel)).toEqual(["Đồng Tháp"]);
  });

  it("refuses the anonymous, a role without reports and a bad filter, and writes nothing", async () => {
    expect((await ctx.client().get(OBLIGATIONS)).status).toBe(401);
    const juror = await buildUser(ctx, { role: "JUROR" });
    const client = ctx.client();
    await client.signIn(juror.email, juror.password);
    expect((await client.get(OBLIGATIONS)).status).toBe(403);
    const bad = await as.central.get(`${OBLIGATIONS}?status=LATE`);
    expect(bad.status).toBe(400);
    expect((await json(bad)).code).toBeTruthy();
    expect((await as.dtOfficer.post("/api/v1/report-reminders/sweep", {})).status).toBe(403);
    expect((await as.regionNam.post("/api/v1/report-reminders/sweep", {})).status).toBe(403);
  });

  it("mails each reminder once to the province's staff, nothing for approved reports or to others", async () => {
    const first = await sweep();
    expect(first.failed).toBe(0);
    const mails = smtp.received.map((m) => ({ to: m.to, subject: subjectOf(m.raw) }));
    const to = (user: BuiltUser) =>
      mails
        .filter((m) => m.to.includes(user.email))
        .map((m) => m.subject)
        .sort();
    expect(to(users.dtOfficer)).toEqual([
      "[Khuyến công] Quá hạn báo cáo: Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công – 6 tháng đầu năm 2026 (Đồng Tháp)",
    ]);
    expect(to(users.dtLeader)).toEqual(to(users.dtOfficer));
    expect(to(users.hnOfficer)).toEqual([
      "[Khuyến công] Quá hạn báo cáo: Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công – 6 tháng đầu năm 2026 (Hà Nội)",
      "[Khuyến công] Quá hạn báo cáo: Báo cáo năm tình hình thực hiện hoạt động khuyến công – Năm 2025 (Hà Nội)",
    ]);
    for (const user of [users.central, users.leader, users.regionNam, users.auditor])
      expect(to(user)).toEqual([]);
    expect(mails).toHaveLength(4);
    const body = smtp.received.find((m) => m.to.includes(users.dtOfficer.email))?.raw ?? "";
    expect(body).toContain("/app/bao-cao-cua-toi");

    const again = await sweep();
    expect(again).toEqual({ decided: 0, sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(4);
  });

  it("notifies a returned report once, and judges it late on its first submission", async () => {
    const sent = await openAndSubmit(SIX_MONTHS, 2026);
    await ok(
      await as.central.post(`${REPORTS}/${sent.id}/return`, {
        version: sent.version,
        comments: [{ body: "Bổ sung thuyết minh" }],
      }),
    );
    const before = smtp.received.length;
    expect((await sweep()).sent).toBe(1);
    const notices = smtp.received.slice(before);
    expect(notices.flatMap((m) => m.to).sort()).toEqual([users.dtLeader.email, users.dtOfficer.email].sort());
    expect(subjectOf(notices[0]?.raw ?? "")).toContain("Báo cáo bị trả lại");
    expect(notices[0]?.raw).toContain(`/app/bao-cao/${sent.id}`);
    expect((await sweep()).sent).toBe(0);

    const dt = await ok(await as.dtOfficer.get(`${OBLIGATIONS}?templateId=${SIX_MONTHS}`));
    expect(dt.items[0]).toMatchObject({ status: "RETURNED", timeliness: "LATE", reportId: sent.id });
  });

  it("counts completeness and timeliness per period and region, and ranks the provinces for the awards", async () => {
    const all = await ok(await as.central.get(`/api/v1/report-completeness?year=2025&templateId=${ANNUAL}`));
    expect(all.periods).toHaveLength(1);
    expect(all.periods[0].totals).toMatchObject({
      expected: 34,
      onTime: 1,
      late: 0,
      missing: 33,
      completenessText: "2,94 %",
      timelinessText: "2,94 %",
    });
    const south = await ok(await as.central.get(`/api/v1/report-completeness?year=2025&region=NAM`));
    const southAnnual = south.periods.find((p: Json) => p.templateId === ANNUAL);
    expect(southAnnual.provinces.every((p: Json) => p.regionCode === "NAM")).toBe(true);
    expect(southAnnual.provinces.map((p: Json) => p.provinceId)).toContain(DONG_THAP);
    expect(southAnnual.provinces.map((p: Json) => p.provinceId)).not.toContain(HA_NOI);
    const own = await ok(await as.hnOfficer.get(`/api/v1/report-completeness?year=2025`));
    expect(own.periods[0].provinces.map((p: Json) => p.provinceId)).toEqual([HA_NOI]);

    const awards = await ok(await as.central.get("/api/v1/report-awards?year=2025"));
    expect(awards.rows[0]).toMatchObject({
      rank: 1,
      provinceId: DONG_THAP,
      onTimeText: "100,00 %",
      consistent: 1,
    });
    expect(awards.rows).toHaveLength(34);
    expect(awards.rows[1]).toMatchObject({ rank: 2, onTime: 0, sent: 0 });
    const mine = await ok(await as.dtOfficer.get("/api/v1/report-awards?year=2025"));
    expect(mine.rows.map((row: Json) => row.provinceId)).toEqual([DONG_THAP]);
    expect((await as.central.get("/api/v1/report-awards")).status).toBe(400);
  });
});
