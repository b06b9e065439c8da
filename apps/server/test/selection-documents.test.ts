import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectionEntryDocument, selectionRound, storedFile } from "../src/db/schema/index";
import { pdfBytes } from "./project-support";
import { entryInput, seedEntryFixtures } from "./selection-entry-support";
import {
  type BuiltUser,
  buildUser,
  createTestContext,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Entry dossier documents and the decision files of round steps (issue 16 items 1 and 3), on the shared
 * document helper: who files and reads them at each scope, what a bad file answers, and that a refusal writes
 * nothing.
 */
const fileForm = (bytes: Uint8Array, name: string, fields?: Record<string, unknown>) => {
  const form = new FormData();
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  if (fields) form.append("fields", JSON.stringify(fields));
  return form;
};
const dossier = {
  kind: "REGISTRATION_FORM",
  name: "Phiếu đăng ký tham gia",
  number: "01/PĐK",
  issuedOn: "2026-03-02",
};
const member = (body: string, role: string, fullName: string) => ({ body, role, fullName });

describe.each(engines)("selection documents on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let leader: TestClient;
  let hanoi: TestClient;
  let central: TestClient;
  let juror: TestClient;
  let jurorAccount: BuiltUser;
  let entryId: string;
  const rowCount = async () => ({
    documents: (await ctx.db.select({ n: count() }).from(selectionEntryDocument))[0]?.n,
    files: (await ctx.db.select({ n: count() }).from(storedFile))[0]?.n,
  });

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    jurorAccount = await buildUser(ctx, { role: "JUROR" });
    await seedEntryFixtures(ctx, jurorAccount.id);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    leader = (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    juror = ctx.client();
    expect((await juror.signIn(jurorAccount.email, jurorAccount.password)).status).toBe(200);
    entryId = (await json(await officer.post("/api/v1/selection-rounds/R-DT/entries", entryInput()))).id;
  });
  afterAll(async () => ctx?.close());

  it("files an entry's dossier document for the organiser and serves it to whoever reaches the entry", async () => {
    const url = `/api/v1/selection-entries/${entryId}/documents`;
    const bytes = pdfBytes("phieu dang ky");
    // A decomposed name (as macOS sends it) is kept NFC.
    const created = await officer.post(url, fileForm(bytes, "Phiếu đăng ký.pdf".normalize("NFD"), dossier));
    expect(created.status, await created.clone().text()).toBe(201);
    const { documentId } = await json(created);
    const listed = await json(await officer.get(url));
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: documentId,
        kind: "REGISTRATION_FORM",
        name: "Phiếu đăng ký tham gia",
        fileName: "Phiếu đăng ký.pdf",
        mediaType: "application/pdf",
        fileUrl: `${url}/${documentId}/file`,
      }),
    ]);
    for (const [who, client, status] of [
      ["organiser", officer, 200],
      ["national", central, 200],
      ["juror of the round", juror, 200],
      ["another province", hanoi, 404],
    ] as const) {
      expect((await client.get(url)).status, who).toBe(status);
      const file = await client.get(`${url}/${documentId}/file`);
      expect(file.status, who).toBe(status);
      if (status === 200) {
        expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
        expect(file.headers.get("content-type")).toBe("application/pdf");
        expect(file.headers.get("content-disposition")).toContain(
          `filename*=UTF-8''${encodeURIComponent("Phiếu đăng ký.pdf")}`,
        );
        expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      }
    }
    // Writing is the organiser's: a juror is 403, another province 404 (it does not learn the entry exists).
    expect((await juror.post(url, fileForm(bytes, "a.pdf", dossier))).status).toBe(403);
    expect((await hanoi.post(url, fileForm(bytes, "a.pdf", dossier))).status).toBe(404);
    expect((await hanoi.request("DELETE", `${url}/${documentId}`)).status).toBe(404);
    expect((await juror.request("DELETE", `${url}/${documentId}`)).status).toBe(403);
    expect((await officer.get(`${url}/00000000-0000-4000-8000-000000000000/file`)).status).toBe(404);
  });

  it("refuses a renamed text file, an empty file, bad fields and a closed call with a Vietnamese reason, writing nothing", async () => {
    const url = `/api/v1/selection-entries/${entryId}/documents`;
    const before = await rowCount();
    const text = new TextEncoder().encode("<html>đây không phải PDF</html>");
    const renamed = await officer.post(url, fileForm(text, "ho-so.pdf", dossier));
    expect(renamed.status).toBe(422);
    expect(await json(renamed)).toMatchObject({
      code: "SELECTION_DOCUMENT_INVALID",
      errors: [{ path: "body.file", message: expect.stringContaining("Chỉ nhận tệp PDF") }],
    });
    const empty = await officer.post(url, fileForm(new Uint8Array(), "rong.pdf", dossier));
    expect((await json(empty)).detail).toBe("Tệp rỗng");
    const badKind = await officer.post(url, fileForm(pdfBytes(), "a.pdf", { ...dossier, kind: "BIA" }));
    expect(badKind.status).toBe(400);
    expect(await json(badKind)).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: [{ path: "body.fields.kind" }],
    });
    const notJson = new FormData();
    notJson.append("file", new Blob([pdfBytes() as Uint8Array<ArrayBuffer>]), "a.pdf");
    notJson.append("fields", "{không phải json");
    expect((await json(await officer.post(url, notJson))).errors[0].path).toBe("body.fields");
    const noFile = new FormData();
    noFile.append("fields", JSON.stringify(dossier));
    expect((await json(await officer.post(url, noFile))).errors[0].path).toMatch(/\.file$/);
    expect(await rowCount()).toEqual(before);

    // Once judging starts the dossier is frozen: filing and removing are refused with the same reason the page shows.
    const [kept] = (await json(await officer.get(url))).items;
    await ctx.db.update(selectionRound).set({ status: "JUDGING" }).where(eq(selectionRound.id, "R-DT"));
    const entry = await json(await officer.get(`/api/v1/selection-entries/${entryId}`));
    expect(entry.actions.documents.available).toBe(false);
    const closed = await officer.post(url, fileForm(pdfBytes(), "a.pdf", dossier));
    expect(closed.status).toBe(409);
    expect((await json(closed)).code).toBe("SELECTION_ENTRIES_CLOSED");
    expect((await officer.request("DELETE", `${url}/${kept.id}`)).status).toBe(409);
    expect(await rowCount()).toEqual(before);
    await ctx.db.update(selectionRound).set({ status: "CALL_OPEN" }).where(eq(selectionRound.id, "R-DT"));
    const removed = await officer.request("DELETE", `${url}/${kept.id}`);
    expect(removed.status).toBe(200);
    expect((await json(removed)).items).toEqual([]);
    expect(await rowCount()).toEqual({
      documents: (before.documents ?? 0) - 1,
      files: (before.files ?? 0) - 1,
    });
  });

  it("backs a round step with an uploaded decision file that the round's readers can download", async () => {
    const roundId = "R-DT-PLANNED";
    const url = `/api/v1/selection-rounds/${roundId}/decision-files`;
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
      const added = await officer.post(`/api/v1/selection-rounds/${roundId}/members`, person);
      expect(added.status, await added.clone().text()).toBe(201);
    }
    const before = await rowCount();
    // Forming the council is the approver's step: the officer may not upload its decision, nor may a juror or
    // another province; a text file is refused by content. None of it writes a file.
    expect((await officer.post(url, fileForm(pdfBytes(), "qd.pdf"))).status).toBe(403);
    expect((await juror.post(url, fileForm(pdfBytes(), "qd.pdf"))).status).toBe(404);
    expect((await hanoi.post(url, fileForm(pdfBytes(), "qd.pdf"))).status).toBe(404);
    const text = await leader.post(url, fileForm(new TextEncoder().encode("quyết định"), "qd.pdf"));
    expect(text.status).toBe(422);
    expect((await json(text)).code).toBe("SELECTION_DOCUMENT_INVALID");
    expect(await rowCount()).toEqual(before);

    const bytes = pdfBytes("quyet dinh thanh lap hoi dong");
    const uploaded = await leader.post(url, fileForm(bytes, "QĐ thành lập hội đồng.pdf"));
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { fileId, fileName } = await json(uploaded);
    expect(fileName).toBe("QĐ thành lập hội đồng.pdf");
    const round = await json(await leader.get(`/api/v1/selection-rounds/${roundId}`));
    const step = (file: string | null) => ({
      version: round.version,
      step: "FORM_COUNCIL",
      effectiveOn: "2026-03-05",
      decision: { number: "20/QĐ-UBND", issuedOn: "2026-03-05", signer: "Nguyễn Văn An", fileId: file },
    });
    // Someone else's file (a project's, or a guessed id) cannot back this decision.
    const [foreign] = await ctx.db
      .insert(storedFile)
      .values({
        id: crypto.randomUUID(),
        sha256: "0",
        mediaType: "application/pdf",
        fileName: "x.pdf",
        size: 1,
        content: new Uint8Array([1]),
      })
      .returning();
    const refused = await leader.post(`/api/v1/selection-rounds/${roundId}/steps`, step(foreign?.id ?? ""));
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors[0].path).toBe("body.decision.fileId");

    const formed = await leader.post(`/api/v1/selection-rounds/${roundId}/steps`, step(fileId));
    expect(formed.status, await formed.clone().text()).toBe(200);
    const [decision] = (await json(formed)).decisions;
    expect(decision).toMatchObject({
      number: "20/QĐ-UBND",
      fileId,
      fileName: "QĐ thành lập hội đồng.pdf",
      fileUrl: `/api/v1/selection-rounds/${roundId}/decisions/${decision.id}/file`,
    });
    for (const [who, client, status] of [
      ["approver", leader, 200],
      ["organiser", officer, 200],
      ["national", central, 200],
      ["another province", hanoi, 404],
      ["juror of another round", juror, 404],
    ] as const) {
      const file = await client.get(decision.fileUrl);
      expect(file.status, who).toBe(status);
      if (status === 200) expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    }
  });
});
