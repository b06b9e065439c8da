import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import { auditLog, reportSubmission } from "../src/db/schema/index";
import { pdfBytes } from "./project-support";
import { type Actors, REPORTS, reportsFixture } from "./reports-fixture";
import { engines, type Json, json, type TestClient } from "./support";

/** A 1×1 PNG, whole (IHDR with its CRC, IDAT, IEND). */
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);

function upload(client: TestClient, reportId: string, file: File | null, fields: unknown = {}) {
  const form = new FormData();
  form.set("fields", typeof fields === "string" ? fields : JSON.stringify(fields));
  if (file) form.set("file", file);
  return client.request("POST", `${REPORTS}/${reportId}/attachments`, form);
}

const pdf = (name = "bao-cao.pdf", text = "khuyencong") => new File([pdfBytes(text)], name);

/**
 * Files attached to a province's periodic report (issue 17 item 2), through the HTTP surface on both engines:
 * typed by their bytes, refused without a trace, served back under their Vietnamese name, frozen once the report
 * is sent, and seen only within the report's scope.
 */
describe.each(engines)("the attachments of a periodic report on %s", (engine) => {
  const f = reportsFixture(engine);

  async function counts() {
    const [row] = rowsOf<{ files: number; rows: number; audits: number }>(
      await f.ctx.db.execute(sql`select
        (select count(*)::int from stored_file) as files,
        (select count(*)::int from report_attachment) as rows,
        (select count(*)::int from audit_log) as audits`),
    );
    if (!row) throw new Error("the counts query answered no row");
    return row;
  }

  it("attaches a signed PDF to a draft, lists it and serves it back under its Vietnamese name", async () => {
    const report = await f.reportIn("DRAFT");
    // The name as macOS sends it (decomposed): stored and served composed (NFC).
    const name = "Báo cáo 6 tháng đầu năm – Sở Công Thương Đồng Tháp.pdf";
    const added = await upload(f.as.dtOfficer, report.id, pdf(name.normalize("NFD"), "da ky"), {
      description: "Bản có chữ ký, đóng dấu",
    });
    expect(added.status, JSON.stringify(await added.clone().json())).toBe(201);
    const answer = await json(added);
    expect(answer.attachments).toHaveLength(1);
    const [attached] = answer.attachments;
    expect(attached).toMatchObject({
      name,
      mediaType: "application/pdf",
      size: pdfBytes("da ky").byteLength,
      description: "Bản có chữ ký, đóng dấu",
    });
    expect(attached.createdByName).toEqual(expect.any(String));
    expect(answer.actions.add).toEqual({ available: true, reasons: [] });

    const listed = await json(await f.as.centralOfficer.get(`${REPORTS}/${report.id}/attachments`));
    expect(listed.attachments.map((row: Json) => row.name)).toEqual([name]);
    expect(listed.actions).toEqual({});

    const file = await f.as.centralOfficer.get(`${REPORTS}/${report.id}/attachments/${attached.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = file.headers.get("content-disposition") ?? "";
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toBe(name);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfBytes("da ky"));

    const audits = await f.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
    expect(audits.find((row) => row.action === "REPORT_ATTACHMENT_ADDED")?.after).toMatchObject({
      attachmentId: attached.id,
      fileName: name,
      sha256: attached.sha256,
    });
  });

  it("judges a file by its bytes, not its name, and writes nothing when it refuses", async () => {
    const report = await f.reportIn("DRAFT");
    const before = await counts();
    const refusals: [File | null, unknown, number, string][] = [
      [new File(["<html><body>%PDF-1.4 giả</body></html>"], "bao-cao.pdf"), {}, 422, "REPORT_FILE_INVALID"],
      [
        new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], "anh.jpg"),
        {},
        422,
        "REPORT_FILE_INVALID",
      ],
      [new File([pdfBytes().slice(0, 30)], "cat-do.pdf"), {}, 422, "REPORT_FILE_INVALID"],
      [new File([], "rong.pdf"), {}, 422, "REPORT_FILE_INVALID"],
      [new File([new Uint8Array(20 * 1024 * 1024 + 1)], "lon.pdf"), {}, 413, "PAYLOAD_TOO_LARGE"],
      [null, {}, 400, "VALIDATION_FAILED"],
      [pdf(), "{không phải json", 400, "VALIDATION_FAILED"],
      [pdf(), { description: "x".repeat(301) }, 400, "VALIDATION_FAILED"],
      [pdf(), { description: "ok", extra: 1 }, 400, "VALIDATION_FAILED"],
    ];
    for (const [file, fields, status, code] of refusals) {
      const refused = await upload(f.as.dtOfficer, report.id, file, fields);
      const problem = await json(refused);
      expect({ name: file?.name, status: refused.status, code: problem.code }).toEqual({
        name: file?.name,
        status,
        code,
      });
      expect(problem.detail ?? problem.title).toMatch(
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
      );
    }
    expect(await counts()).toEqual(before);

    // A real picture sent under a .pdf name is kept as what it is.
    const png = await json(await upload(f.as.dtOfficer, report.id, new File([PNG], "anh-hoi-thao.pdf")));
    expect(png.attachments[0]).toMatchObject({ name: "anh-hoi-thao.pdf", mediaType: "image/png" });
    const served = await f.as.dtOfficer.get(`${REPORTS}/${report.id}/attachments/${png.attachments[0].id}`);
    expect(served.headers.get("content-type")).toBe("image/png");
  });

  it("removes a file attached by mistake, with its bytes, while the report is a draft", async () => {
    const report = await f.reportIn("DRAFT");
    const other = await f.reportIn("DRAFT");
    const kept = (await json(await upload(f.as.dtOfficer, other.id, pdf("giu.pdf")))).attachments[0];
    const answer = await json(await upload(f.as.dtLeader, report.id, pdf("nham.pdf", "nham")));
    const before = await counts();
    const path = `${REPORTS}/${report.id}/attachments/${answer.attachments[0].id}`;
    // Another report's attachment is not reachable through this report.
    const crossed = await f.as.dtOfficer.request("DELETE", `${REPORTS}/${report.id}/attachments/${kept.id}`);
    expect(crossed.status).toBe(404);
    const removed = await f.as.dtOfficer.request("DELETE", path);
    expect(removed.status).toBe(200);
    expect((await json(removed)).attachments).toEqual([]);
    expect(await counts()).toEqual({
      files: before.files - 1,
      rows: before.rows - 1,
      audits: before.audits + 1,
    });
    expect((await f.as.dtOfficer.get(path)).status).toBe(404);
    expect((await f.as.dtOfficer.request("DELETE", path)).status).toBe(404);
    const audit = await f.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
    expect(audit.find((row) => row.action === "REPORT_ATTACHMENT_REMOVED")?.before).toMatchObject({
      fileName: "nham.pdf",
    });
    expect((await f.as.dtOfficer.get(`${REPORTS}/${other.id}/attachments/${kept.id}`)).status).toBe(200);
  });

  it("records the files in the submission and keeps them unchanged until the report is returned", async () => {
    let report = await f.reportIn("DRAFT");
    const first = await json(await upload(f.as.dtOfficer, report.id, pdf("Báo cáo có chữ ký.pdf", "ky")));
    const sent = await f.post(f.as.dtOfficer, `${REPORTS}/${report.id}/submit`, { version: report.version });
    expect(sent.status).toBe(200);
    const [submission] = await f.ctx.db
      .select()
      .from(reportSubmission)
      .where(eq(reportSubmission.reportId, report.id));
    expect((submission as Json).snapshot.attachments).toEqual([
      { name: "Báo cáo có chữ ký.pdf", sha256: first.attachments[0].sha256, size: first.attachments[0].size },
    ]);
    report = sent.body;

    const before = await counts();
    const refusedAdd = await upload(f.as.dtOfficer, report.id, pdf("them.pdf"));
    expect(refusedAdd.status).toBe(409);
    const problem = await json(refusedAdd);
    expect(problem.code).toBe("REPORT_ATTACHMENTS_LOCKED");
    expect(problem.detail).toContain("không thêm, xóa được tệp đính kèm");
    const path = `${REPORTS}/${report.id}/attachments/${first.attachments[0].id}`;
    expect((await f.as.dtOfficer.request("DELETE", path)).status).toBe(409);
    const listed = await json(await f.as.dtOfficer.get(`${REPORTS}/${report.id}/attachments`));
    expect(listed.actions.add.reasons.map((r: Json) => r.code)).toEqual(["REPORT_ATTACHMENTS_LOCKED"]);
    expect(await counts()).toEqual(before);

    const returned = await f.post(f.as.centralOfficer, `${REPORTS}/${report.id}/return`, {
      version: report.version,
      comments: [{ body: "Thiếu phụ lục 2" }],
    });
    expect(returned.status).toBe(200);
    expect((await upload(f.as.dtOfficer, report.id, pdf("Phụ lục 2.pdf"))).status).toBe(201);
    expect((await f.as.dtOfficer.request("DELETE", path)).status).toBe(200);
  });

  it.each(["APPROVED", "LOCKED"] as const)(
    "refuses any change to the files of a report %s",
    async (state) => {
      const report = await f.reportIn(state);
      const before = await counts();
      const refused = await upload(f.as.dtLeader, report.id, pdf());
      expect(refused.status).toBe(409);
      expect((await json(refused)).code).toBe("REPORT_ATTACHMENTS_LOCKED");
      expect(await counts()).toEqual(before);
    },
  );

  /** Every role against a report of its own province, another province, its region, another region, national. */
  it("lets readers list and download, the province's staff write, and hides the report outside the scope", async () => {
    const report = await f.reportIn("DRAFT");
    const attached = (await json(await upload(f.as.dtOfficer, report.id, pdf("so-lieu.pdf")))).attachments[0];
    const expected: Record<keyof Actors, { read: number; add: number; remove: number }> = {
      dtOfficer: { read: 200, add: 201, remove: 200 },
      dtLeader: { read: 200, add: 201, remove: 200 },
      hnOfficer: { read: 404, add: 404, remove: 404 },
      centralOfficer: { read: 200, add: 403, remove: 403 },
      centralLeader: { read: 200, add: 403, remove: 403 },
      regionNam: { read: 200, add: 403, remove: 403 },
      regionBac: { read: 404, add: 403, remove: 403 },
      auditor: { read: 200, add: 403, remove: 403 },
    };
    const seen: Record<string, { read: number; add: number; remove: number }> = {};
    for (const actor of Object.keys(expected) as (keyof Actors)[]) {
      const client = f.as[actor];
      const list = await client.get(`${REPORTS}/${report.id}/attachments`);
      const file = await client.get(`${REPORTS}/${report.id}/attachments/${attached.id}`);
      expect(file.status).toBe(list.status);
      const before = await counts();
      const add = await upload(client, report.id, pdf(`${actor}.pdf`));
      const mine = add.status === 201 ? (await json(add)).attachments.at(-1).id : attached.id;
      const remove = await client.request("DELETE", `${REPORTS}/${report.id}/attachments/${mine}`);
      if (add.status !== 201)
        expect(await counts()).toMatchObject({ files: before.files, rows: before.rows });
      seen[actor] = { read: list.status, add: add.status, remove: remove.status };
    }
    expect(seen).toEqual(expected);
    const left = await json(await f.as.dtOfficer.get(`${REPORTS}/${report.id}/attachments`));
    expect(left.attachments.map((row: Json) => row.id)).toEqual([attached.id]);
  });
});
