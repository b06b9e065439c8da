import type { DataScope, RoleCode } from "@kc/domain";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { project, projectDocument, storedFile } from "../src/db/schema/index";
import { attach, DONG_THAP_CENTRE, projectInput, versionOf } from "./project-support";
import {
  COMMUNE_HA_NOI,
  createTestContext,
  engines,
  establishmentInput,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

type Expect = { list: number; own: number; other: number; create: number };
const HA_NOI_CENTRE = "ORG-TTKC-P34-01";
const matrix: { label: string; role: RoleCode; scope?: DataScope; expect: Expect }[] = [
  {
    label: "provincial officer (Đồng Tháp)",
    role: "PROVINCIAL_OFFICER",
    expect: { list: 200, own: 200, other: 404, create: 201 },
  },
  {
    label: "provincial leader (Đồng Tháp)",
    role: "PROVINCIAL_LEADER",
    expect: { list: 200, own: 200, other: 404, create: 201 },
  },
  {
    label: "central officer",
    role: "CENTRAL_OFFICER",
    expect: { list: 200, own: 200, other: 200, create: 403 },
  },
  {
    label: "central officer of the North",
    role: "CENTRAL_OFFICER",
    scope: { kind: "REGION", regionCode: "BAC" },
    expect: { list: 200, own: 404, other: 200, create: 403 },
  },
  { label: "auditor", role: "AUDITOR", expect: { list: 200, own: 200, other: 200, create: 403 } },
  {
    label: "implementer (Đồng Tháp centre)",
    role: "IMPLEMENTER",
    scope: { kind: "ORGANISATION", organisationId: DONG_THAP_CENTRE },
    expect: { list: 200, own: 200, other: 404, create: 400 },
  },
  {
    label: "system administrator",
    role: "SYSTEM_ADMIN",
    expect: { list: 403, own: 403, other: 403, create: 403 },
  },
];

describe.each(engines)("project access and input on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let establishmentId: string;
  let ownId: string;
  let otherId: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    const hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    establishmentId = (
      await json(await dongThap.post("/api/v1/establishments", establishmentInput({ taxCode: null })))
    ).id;
    const hanoiEstablishment = (
      await json(
        await hanoi.post(
          "/api/v1/establishments",
          establishmentInput({ taxCode: null, communeId: COMMUNE_HA_NOI }),
        ),
      )
    ).id;
    ownId = (await json(await dongThap.post("/api/v1/projects", projectInput(establishmentId)))).id;
    const other = await hanoi.post(
      "/api/v1/projects",
      projectInput(hanoiEstablishment, {
        title: "Đào tạo nghề gốm Bát Tràng",
        fundingLevel: "KCDP",
        localLevel: "TINH",
        provinceId: HA_NOI,
        implementerOrgId: HA_NOI_CENTRE,
        implementerName: "Trung tâm Khuyến công Hà Nội",
        sites: [{ communeId: COMMUNE_HA_NOI, addressText: "" }],
        planYear: 2026,
      }),
    );
    expect(other.status, await other.clone().text()).toBe(201);
    otherId = (await json(other)).id;
  });
  afterAll(async () => ctx?.close());

  describe.each(matrix)("as $label", ({ role, scope, expect: e }) => {
    it("sees and writes exactly its scope", async () => {
      const { client } = await signedIn(ctx, { role, scope });
      const list = await client.get("/api/v1/projects?pageSize=200");
      expect(list.status).toBe(e.list);
      if (list.status === 200) {
        const ids = (await json(list)).items.map((i: { id: string }) => i.id);
        expect(ids.includes(ownId)).toBe(e.own === 200);
        expect(ids.includes(otherId)).toBe(e.other === 200);
      }
      expect((await client.get(`/api/v1/projects/${ownId}`)).status).toBe(e.own);
      const other = await client.get(`/api/v1/projects/${otherId}`);
      expect(other.status).toBe(e.other);
      if (other.status === 404) expect(await other.text()).not.toContain("Bát Tràng");
      // An implementer may propose, but only for its own organisation: this input names the Hà Nội centre.
      const created = await client.post(
        "/api/v1/projects",
        projectInput(establishmentId, {
          implementerOrgId: role === "IMPLEMENTER" ? HA_NOI_CENTRE : DONG_THAP_CENTRE,
        }),
      );
      expect(created.status).toBe(e.create);
    });
  });

  it("refuses bad input with every problem at once and writes nothing", async () => {
    const [before] = await ctx.db.select({ n: count() }).from(project);
    const response = await dongThap.post(
      "/api/v1/projects",
      projectInput("no-such-establishment", {
        provinceId: HA_NOI,
        estimateLines: [{ ...projectInput(establishmentId).estimateLines[0], kcAmount: "1" }],
      }),
    );
    expect(response.status).toBe(400);
    const paths = (await json(response)).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "body.provinceId",
        "body.beneficiaries.0.establishmentId",
        "body.estimateLines.0",
      ]),
    );
    const malformed = await dongThap.post("/api/v1/projects", {
      ...projectInput(establishmentId),
      planYear: "2026",
    });
    expect(malformed.status).toBe(400);
    const [after] = await ctx.db.select({ n: count() }).from(project);
    expect(after?.n).toBe(before?.n);
  });

  it("answers 409 to an edit of a stale version and keeps the newer one", async () => {
    const version = await versionOf(dongThap, ownId);
    const first = await dongThap.request("PUT", `/api/v1/projects/${ownId}`, {
      version,
      project: projectInput(establishmentId, {
        title: "Tên mới của đề án",
        coordinatingOrgIds: ["ORG-SCT-P34-82"],
      }),
    });
    expect(first.status, await first.clone().text()).toBe(200);
    expect((await json(first)).coordinatingOrgs).toEqual([
      { id: "ORG-SCT-P34-82", name: expect.stringContaining("Sở Công Thương") },
    ]);
    const stale = await dongThap.request("PUT", `/api/v1/projects/${ownId}`, {
      version,
      project: projectInput(establishmentId, { title: "Tên cũ ghi đè" }),
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("VERSION_CONFLICT");
    const [row] = await ctx.db.select().from(project).where(eq(project.id, ownId));
    expect(row?.title).toBe("Tên mới của đề án");
  });

  it("accepts attachments by content only, within limits, leaving nothing behind a refusal", async () => {
    const [filesBefore] = await ctx.db.select({ n: count() }).from(storedFile);
    const script = await attach(
      dongThap,
      ownId,
      { kind: "KHAC" },
      new TextEncoder().encode("<script>alert(1)</script>"),
      "a.pdf",
    );
    expect(script.status).toBe(422);
    expect((await json(script)).code).toBe("PROJECT_FILE_INVALID");
    const badFields = await attach(dongThap, ownId, { kind: "NOT_A_KIND" });
    expect(badFields.status).toBe(400);
    expect((await json(badFields)).errors[0].path).toMatch(/^body\.fields/);
    const tooBig = await attach(
      dongThap,
      ownId,
      { kind: "KHAC" },
      new Uint8Array(20 * 1024 * 1024 + 1),
      "big.pdf",
    );
    expect([413, 422]).toContain(tooBig.status);
    const [filesAfter] = await ctx.db.select({ n: count() }).from(storedFile);
    expect(filesAfter?.n).toBe(filesBefore?.n);
    const outside = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect((await attach(outside, ownId, { kind: "KHAC" })).status).toBe(404);
    const ok = await attach(dongThap, ownId, { kind: "KHAC", title: "Ảnh hiện trường" });
    expect(ok.status).toBe(201);
    const { documentId, sha256 } = await json(ok);
    const [stored] = await ctx.db.select().from(projectDocument).where(eq(projectDocument.id, documentId));
    expect(stored?.fileId).toBeTruthy();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("filters the list by year, status, funding level, activity and a diacritics-free search", async () => {
    const ids = async (query: string) =>
      (await json(await dongThap.get(`/api/v1/projects?${query}`))).items.map((i: { id: string }) => i.id);
    const central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    const national = async (query: string) =>
      (await json(await central.get(`/api/v1/projects?${query}`))).items.map((i: { id: string }) => i.id);
    expect(await ids("planYear=2016")).toContain(ownId);
    expect(await ids("planYear=2016")).not.toContain(otherId);
    expect(await ids("planYear=2026")).toEqual([]);
    expect(await national("fundingLevel=KCDP")).toEqual([otherId]);
    expect(await national("activity=MAY_MOC_THIET_BI&status=DRAFT")).toContain(ownId);
    expect(await national("q=BAT%20TRANG")).toEqual([otherId]);
    expect(await national("q=dao%20tao%20nghe%20gom")).toEqual([otherId]);
    expect(await national("overdue=true")).toEqual([]);
    const bad = await central.get("/api/v1/projects?status=NOPE&pageSize=9999");
    expect(bad.status).toBe(400);
  });
});
