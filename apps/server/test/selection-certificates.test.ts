import { certificatePayload } from "@kc/domain";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishment, selectionCertificate, selectionEntry, selectionRound } from "../src/db/schema/index";
import { generateSigningKey } from "../src/modules/selection/certificates/certificate-keys";
import { signCertificate } from "../src/modules/selection/certificates/certificate-signature";
import { decision, entry, est, round } from "./selection-certificates.fixtures";
import {
  COMMUNE_DONG_THAP,
  COMMUNE_HA_NOI,
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
 * Certificates through the HTTP API (issue 16 items 6 and 8): issuing by the approver's decision, once per entry;
 * revoking with the revoking decision; holder reports; who may do what in which province; and the public page and
 * catalogue a QR code leads to, for valid, expired, revoked, forged and altered codes.
 */
describe.each(engines)("certificates on %s", (engine) => {
  let ctx: TestContext;
  let leader: TestClient;
  let officer: TestClient;
  let issued: { id: string; publicId: string; number: string; version: number; verificationUrl: string }[] =
    [];
  const tokenOf = (url: string) => new URL(url).searchParams.get("s") ?? "";

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await ctx.db
      .insert(establishment)
      .values([
        est("est-dt", DONG_THAP, COMMUNE_DONG_THAP, "Cơ sở chiếu cói Định Yên"),
        est("est-hn", HA_NOI, COMMUNE_HA_NOI, "Hợp tác xã gốm Bát Tràng"),
      ]);
    await ctx.db.insert(selectionRound).values([round("R-DT", DONG_THAP), round("R-HN", HA_NOI)]);
    await ctx.db
      .insert(selectionEntry)
      .values([
        entry("e1", "R-DT", "est-dt", DONG_THAP, "Chiếu cói hoa văn"),
        entry("e2", "R-DT", "est-dt", DONG_THAP, "Túi cói thủ công"),
        entry("e3", "R-DT", "est-dt", DONG_THAP, "Thảm cói", "NOT_RECOGNISED"),
        entry("e4", "R-HN", "est-hn", HA_NOI, "Bình gốm men lam"),
      ]);
    leader = (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client;
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  const certificateCount = async () => (await ctx.db.select({ n: count() }).from(selectionCertificate))[0]?.n;

  it("issues numbered certificates valid to 31 December of the issue year + 2, by the level's approver", async () => {
    const response = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e1", "e2"],
    });
    expect(response.status).toBe(201);
    issued = (await json(response)).items;
    expect(issued.map((c) => c.number)).toEqual(["1/2026/CNNT-82", "2/2026/CNNT-82"]);
    const [first] = await json(await leader.get(`/api/v1/selection-certificates/${issued[0]?.id}`)).then(
      (c) => [c],
    );
    expect(first).toMatchObject({
      validUntil: "2028-12-31",
      status: "VALID",
      productName: "Chiếu cói hoa văn",
    });
    expect(first.verificationUrl).toMatch(
      new RegExp(`/xac-minh/${first.publicId}\\?s=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`, "u"),
    );
  });

  it("refuses a second certificate for one entry and an entry not recognised, writing nothing", async () => {
    const before = await certificateCount();
    const twice = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e1"],
    });
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe("SELECTION_CERTIFICATE_EXISTS");
    const notRecognised = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e3"],
    });
    expect(notRecognised.status).toBe(409);
    expect((await json(notRecognised)).code).toBe("SELECTION_CERTIFICATE_NOT_ALLOWED");
    const badDate = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      issuedOn: "2026-03-01",
      entryIds: ["e3"],
    });
    expect(badDate.status).toBe(400);
    expect((await json(badDate)).errors[0].path).toBe("issuedOn");
    expect(await certificateCount()).toBe(before);
  });

  it("lets only the level's approver in scope issue: others 403, another province's round 404", async () => {
    const body = { ...decision, entryIds: ["e4"] };
    expect((await officer.post("/api/v1/selection-rounds/R-HN/certificates", body)).status).toBe(403);
    expect((await leader.post("/api/v1/selection-rounds/R-HN/certificates", body)).status).toBe(404);
    const central = (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client;
    const refused = await central.post("/api/v1/selection-rounds/R-HN/certificates", body);
    expect(refused.status).toBe(403);
    for (const role of ["AUDITOR", "JUROR", "IMPLEMENTER"] as const)
      expect(
        (
          await (
            await signedIn(ctx, { role })
          ).client.post("/api/v1/selection-rounds/R-HN/certificates", body)
        ).status,
      ).toBe(403);
    const hanoiLeader = (
      await signedIn(ctx, { role: "PROVINCIAL_LEADER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect((await hanoiLeader.post("/api/v1/selection-rounds/R-HN/certificates", body)).status).toBe(201);
  });

  it("shows certificates to their province and the nation, never to another province", async () => {
    const mine = await json(await officer.get("/api/v1/selection-certificates?roundId=R-DT"));
    expect(mine.total).toBe(2);
    const hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect(
      (await json(await hanoi.get("/api/v1/selection-certificates"))).items.map(
        (c: { roundId: string }) => c.roundId,
      ),
    ).toEqual(["R-HN"]);
    expect((await hanoi.get(`/api/v1/selection-certificates/${issued[0]?.id}`)).status).toBe(404);
    const auditor = (await signedIn(ctx, { role: "AUDITOR" })).client;
    expect((await json(await auditor.get("/api/v1/selection-certificates"))).total).toBe(3);
    const docx = await officer.get(`/api/v1/selection-certificates/${issued[0]?.id}/certificate.docx`);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  it("records a holder's yearly report once per year within the validity", async () => {
    const id = issued[1]?.id;
    const ok = await officer.post(`/api/v1/selection-certificates/${id}/holder-reports`, {
      year: 2026,
      revenue: "1250000000",
    });
    expect(ok.status).toBe(201);
    expect(await json(ok)).toMatchObject({ year: 2026, revenue: "1250000000", supportReceived: null });
    expect(
      (await json(await officer.post(`/api/v1/selection-certificates/${id}/holder-reports`, { year: 2026 })))
        .code,
    ).toBe("SELECTION_HOLDER_REPORT_EXISTS");
    const late = await officer.post(`/api/v1/selection-certificates/${id}/holder-reports`, { year: 2029 });
    expect(late.status).toBe(400);
    expect((await json(late)).errors[0].path).toBe("year");
    expect(
      (await json(await officer.get(`/api/v1/selection-certificates/${id}`))).holderReports,
    ).toHaveLength(1);
  });

  it("revokes with the revoking decision, at the version read, once", async () => {
    const target = issued[1];
    const body = {
      version: target?.version,
      revokedOn: "2026-06-01",
      decisionNumber: "45/QĐ-UBND",
      decisionOn: "2026-05-30",
      reason: "Vi phạm an toàn thực phẩm",
    };
    expect((await officer.post(`/api/v1/selection-certificates/${target?.id}/revoke`, body)).status).toBe(
      403,
    );
    expect(
      (await leader.post(`/api/v1/selection-certificates/${target?.id}/revoke`, { ...body, version: 99 }))
        .status,
    ).toBe(409);
    const early = await leader.post(`/api/v1/selection-certificates/${target?.id}/revoke`, {
      ...body,
      revokedOn: "2026-01-01",
      decisionOn: "2026-01-01",
    });
    expect(early.status).toBe(400);
    const ok = await leader.post(`/api/v1/selection-certificates/${target?.id}/revoke`, body);
    expect(ok.status).toBe(200);
    expect(await json(ok)).toMatchObject({
      status: "REVOKED",
      revokedOn: "2026-06-01",
      revokingDecisionNumber: "45/QĐ-UBND",
    });
    const again = await leader.post(`/api/v1/selection-certificates/${target?.id}/revoke`, {
      ...body,
      version: 2,
    });
    expect((await json(again)).code).toBe("SELECTION_CERTIFICATE_REVOKED");
    expect(
      (await officer.post(`/api/v1/selection-certificates/${target?.id}/holder-reports`, { year: 2027 }))
        .status,
    ).toBe(409);
  });

  describe("the public verification page", () => {
    const anonymous = () => ctx.client();
    const verify = (publicId: string, token?: string, headers: Record<string, string> = {}) =>
      anonymous().request(
        "GET",
        `/api/public/certificates/${publicId}${token === undefined ? "" : `?s=${token}`}`,
        undefined,
        headers,
      );

    it("says a genuine valid certificate is valid, with headers a CDN can cache and revalidate", async () => {
      const valid = issued[0];
      const response = await verify(valid?.publicId ?? "", tokenOf(valid?.verificationUrl ?? ""));
      expect(response.status).toBe(200);
      const body = await json(response);
      expect(body).toMatchObject({
        status: "VALID",
        signature: "GENUINE",
        product: "Chiếu cói hoa văn",
        establishment: "Cơ sở chiếu cói Định Yên",
        level: "TINH",
        year: 2026,
        validUntil: "2028-12-31",
      });
      expect(Object.keys(body).sort()).toEqual([
        "checkedOn",
        "establishment",
        "issuedOn",
        "level",
        "number",
        "product",
        "productGroup",
        "publicId",
        "revocationDecision",
        "revokedOn",
        "signature",
        "status",
        "validUntil",
        "year",
      ]);
      expect(JSON.stringify(body)).not.toContain("Nguyễn Văn Chủ");
      expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
      const etag = response.headers.get("etag") ?? "";
      expect(etag).toMatch(/^W\/"/u);
      const again = await verify(valid?.publicId ?? "", tokenOf(valid?.verificationUrl ?? ""), {
        "if-none-match": etag,
      });
      expect(again.status).toBe(304);
    });

    it("says revoked in its own words with the date, whatever the signature", async () => {
      const body = await json(
        await verify(issued[1]?.publicId ?? "", tokenOf(issued[1]?.verificationUrl ?? "")),
      );
      expect(body).toMatchObject({
        status: "REVOKED",
        revokedOn: "2026-06-01",
        signature: "GENUINE",
        revocationDecision: { number: "45/QĐ-UBND" },
      });
    });

    it("says expired after 31 December of the third year", async () => {
      await ctx.db.insert(selectionCertificate).values({
        id: "old",
        number: "9/2020/CNNT-TINH-P34-82",
        sequence: 9,
        issuerKey: DONG_THAP,
        level: "TINH",
        year: 2020,
        roundId: "R-DT",
        establishmentId: "est-dt",
        establishmentName: "Cơ sở chiếu cói Định Yên",
        productName: "Chiếu cói cũ",
        productGroup: "G1",
        issuedOn: "2020-05-01",
        validUntil: "2022-12-31",
        decisionNumber: "1/QĐ",
        decisionOn: "2020-05-01",
        decisionSigner: "A",
        publicId: "oldCertificate1",
        provinceId: DONG_THAP,
        searchText: "chieu coi cu",
      });
      const body = await json(await verify("oldCertificate1"));
      expect(body).toMatchObject({ status: "EXPIRED", validUntil: "2022-12-31", signature: "ABSENT" });
    });

    it("says a forged, altered or borrowed code is not genuine", async () => {
      const valid = issued[0];
      const token = tokenOf(valid?.verificationUrl ?? "");
      const [header, payload, signature] = token.split(".");
      const altered = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
      altered.u = "2099-12-31";
      const alteredToken = `${header}.${Buffer.from(JSON.stringify(altered)).toString("base64url")}.${signature}`;
      const forged = signCertificate(
        certificatePayload({
          publicId: valid?.publicId ?? "",
          number: valid?.number ?? "",
          product: "Chiếu cói hoa văn",
          establishment: "Cơ sở chiếu cói Định Yên",
          level: "TINH",
          year: 2026,
          issuedOn: "2026-03-10",
          validUntil: "2028-12-31",
        }),
        generateSigningKey().key,
      );
      const borrowed = tokenOf(issued[1]?.verificationUrl ?? "");
      for (const bad of [alteredToken, forged, borrowed, "not-a-token"])
        expect((await json(await verify(valid?.publicId ?? "", bad))).signature).toBe("NOT_GENUINE");
    });

    it("answers 404 for an unknown id and 400 for a malformed one", async () => {
      expect((await verify("NoSuchCertificate")).status).toBe(404);
      expect((await verify("bad id!")).status).toBe(400);
    });

    it("publishes the key that signed the codes at the well-known address", async () => {
      const response = await anonymous().get("/.well-known/khuyencong-certificate-keys.json");
      const keySet = await json(response);
      const kid = JSON.parse(
        Buffer.from(tokenOf(issued[0]?.verificationUrl ?? "").split(".")[0] ?? "", "base64url").toString(),
      ).kid;
      expect(keySet.keys.map((k: { kid: string }) => k.kid)).toContain(kid);
      expect(keySet.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA" });
      expect(JSON.stringify(keySet)).not.toMatch(/"d"|PRIVATE/u);
    });
  });

  describe("the public catalogue", () => {
    const catalogue = async (query: string) =>
      json(await ctx.client().get(`/api/public/honoured-products?${query}`));

    it("finds products without diacritics and filters by province and validity, with public fields only", async () => {
      const found = await catalogue("q=chieu%20coi%20hoa");
      expect(found.items.map((i: { product: string }) => i.product)).toEqual(["Chiếu cói hoa văn"]);
      expect(found.items[0]).toMatchObject({
        provinceName: "Đồng Tháp",
        status: "VALID",
        photoUrl: null,
      });
      expect(found.items[0].verifyPath).toMatch(/^\/xac-minh\/[\w-]+\?s=/u);
      expect(JSON.stringify(found)).not.toContain("Nguyễn Văn Chủ");
      const dongThap = await catalogue(`provinceId=${DONG_THAP}`);
      expect(dongThap.total).toBe(3);
      const validOnly = await catalogue(`provinceId=${DONG_THAP}&status=VALID`);
      expect(validOnly.items.map((i: { product: string }) => i.product)).toEqual(["Chiếu cói hoa văn"]);
      expect((await catalogue("status=REVOKED")).total).toBe(1);
      expect((await catalogue("level=QUOC_GIA")).total).toBe(0);
      expect((await ctx.client().get("/api/public/honoured-products?status=SOMETIMES")).status).toBe(400);
    });
  });

  it("keeps the entry's certificate unique even when the database is written directly", async () => {
    const [row] = await ctx.db
      .select()
      .from(selectionCertificate)
      .where(eq(selectionCertificate.entryId, "e1"));
    expect(row?.number).toBe("1/2026/CNNT-82");
  });
});
