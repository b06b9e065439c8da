import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestContext,
  DONG_THAP,
  engines,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Jurors and council secretaries (issue 16) have no territory: an account is created with the SELECTION_MEMBER
 * scope only, and until the selection module gives them their rounds they reach none of the registry, the
 * projects, the plans or the dashboard.
 */
describe.each(engines)("juror and council-secretary accounts on %s", (engine) => {
  let ctx: TestContext;
  let admin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
  });
  afterAll(async () => ctx?.close());

  it("are created with the selection-member scope and refused any province", async () => {
    const base = { name: "Phạm Văn Đức", organisationId: null, password: "mot-mat-khau-dai" };
    for (const role of ["JUROR", "COUNCIL_SECRETARY"]) {
      const created = await admin.post("/api/v1/users", {
        ...base,
        email: `${role.toLowerCase()}@test.khuyencong.vn`,
        role,
        scope: { kind: "SELECTION_MEMBER" },
      });
      expect(created.status, role).toBe(201);
      const provincial = await admin.post("/api/v1/users", {
        ...base,
        email: `${role.toLowerCase()}-tinh@test.khuyencong.vn`,
        role,
        scope: { kind: "PROVINCE", provinceId: DONG_THAP },
      });
      expect(provincial.status, role).toBe(422);
      expect((await json(provincial)).code).toBe("USER_SCOPE_INVALID");
    }
  });

  it.each(["JUROR", "COUNCIL_SECRETARY"] as const)(
    "%s sees its scope in words and no registry, project or figure",
    async (role) => {
      const { client } = await signedIn(ctx, { role });
      const me = await json(await client.get("/api/v1/me"));
      expect(me.scope).toEqual({ kind: "SELECTION_MEMBER", label: "Các đợt bình chọn được phân công" });
      expect(me.abilities).toContain("selection.read");
      for (const path of [
        "/api/v1/establishments",
        "/api/v1/projects",
        "/api/v1/users",
        "/api/v1/annual-plans",
        "/api/v1/audit-events",
        "/api/v1/dashboard/budget?year=2026",
      ]) {
        const response = await client.get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
      }
    },
  );
});
