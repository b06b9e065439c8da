import { buildEstablishmentInput } from "../../src/seed/builders/establishment-builder";
import { DEMO_PASSWORD, demoAccounts } from "../../src/seed/demo/demo-accounts";
import { projectInput } from "../project-support";
import { COMMUNE_DONG_THAP, TEST_ORIGIN, type TestContext } from "../support";
import type { Schema } from "./schema-arbitrary";

/** Who the fuzz run sends requests as, their sessions, and the real ids of the demo data they can see. */

/** The copy of support.ts's client-address header: each role has its own address (sign-in rate limits). */
export const IP_HEADER = "x-test-client-ip";

export type Role = { name: string; email: string | null; cookie: string; ip: string };

export const ROLE_EMAILS: Record<string, string | null> = {
  admin: "admin@demo.khuyencong.vn",
  "central officer": "trunguong@demo.khuyencong.vn",
  "central leader": "lanhdao.trunguong@demo.khuyencong.vn",
  auditor: "kiemtra@demo.khuyencong.vn",
  "provincial officer": "dongthap@demo.khuyencong.vn",
  "provincial leader": "lanhdao.dongthap@demo.khuyencong.vn",
  anonymous: null,
};

/** Signs the role in through the real sign-in route and keeps its session cookie. */
export async function signIn(ctx: TestContext, role: Role): Promise<void> {
  const response = await ctx.app.request("/api/v1/auth/sign-in", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-requested-with": "khuyencong",
      origin: TEST_ORIGIN,
      [IP_HEADER]: role.ip,
    },
    body: JSON.stringify({ email: role.email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${role.name} failed: ${response.status}`);
  role.cookie = cookiesOf(response, "");
}

export function cookiesOf(response: Response, previous: string): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((pair) => pair.split("=") as [string, string]),
  );
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [name, ...value] = (pair ?? "").split("=");
    if (!name) continue;
    const text = value.join("=");
    if (text === "" || /max-age=0/i.test(cookie)) jar.delete(name.trim());
    else jar.set(name.trim(), text);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

export function resolveRef(document: Schema, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 10 && typeof current?.$ref === "string"; i++) {
    const path = (current.$ref as string).replace(/^#\//, "").split("/");
    let target: Schema = document;
    for (const part of path) target = target?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
    current = target ?? {};
  }
  return current ?? {};
}

/** Real ids of the demo data, read once through the API, by the role that can see them. */
export async function gatherPools(
  ctx: TestContext,
  roles: Role[],
  pools: Map<string, unknown[]>,
): Promise<void> {
  const as = (name: string) => roles.find((r) => r.name === name) as Role;
  const get = async (role: Role, url: string): Promise<Schema> => {
    const response = await ctx.app.request(url, { headers: { cookie: role.cookie, [IP_HEADER]: role.ip } });
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Schema;
  };
  const central = as("central officer");
  const ids = (body: Schema, field = "id") => ((body.items ?? []) as Schema[]).map((item) => item[field]);
  const put = (keys: string[], values: unknown[]) => {
    for (const key of keys) pools.set(key, [...(pools.get(key) ?? []), ...values.filter((v) => v != null)]);
  };

  const establishments = await get(central, "/api/v1/establishments?pageSize=200");
  put(["establishments:id", "establishmentId"], ids(establishments).slice(0, 40));
  const projects = await get(central, "/api/v1/projects?pageSize=200");
  const projectIds = ids(projects);
  put(["projects:id"], projectIds);
  for (const id of projectIds.slice(0, 8)) {
    const detail = await get(central, `/api/v1/projects/${id}`);
    put(
      ["documents:documentId", "documentId"],
      ((detail.documents ?? []) as Schema[]).map((d) => d.id),
    );
  }
  put(["annual-plans:id"], ids(await get(central, "/api/v1/annual-plans?pageSize=200")));
  const norms = ids(await get(central, "/api/v1/support-norm-sets?pageSize=200"));
  put(["support-norm-sets:id", "id"], norms);
  put(["programmeId"], ids(await get(central, "/api/v1/programmes")));
  const provinces = ids(await get(central, "/api/v1/admin-units?level=TINH&pageSize=200"));
  put(["admin-units:id", "provinceId", "parentId"], provinces);
  const communes = ids(await get(central, "/api/v1/admin-units?level=XA&pageSize=200")).slice(0, 40);
  put(["admin-units:id", "communeId"], communes);
  const organisations = ids(await get(central, "/api/v1/organisations?pageSize=200")).slice(0, 40);
  put(["organisationId", "implementerOrgId", "coordinatingOrgId"], organisations);
  put(
    ["legalDocumentKey"],
    ids(await get(central, "/api/v1/legal-documents?pageSize=200"), "key").slice(0, 40),
  );
  put(["unitId", "unit"], ids(await get(central, "/api/v1/plan-units?year=2025")));
  const users = ((await get(as("admin"), "/api/v1/users?pageSize=200")).items ?? []) as Schema[];
  put(
    ["users:id"],
    users.map((u) => u.id),
  );
  // Writes to accounts leave the fuzzing accounts alone: disabling or re-scoping them would end the run's roles.
  const fuzzing = new Set(Object.values(ROLE_EMAILS).filter(Boolean));
  put(
    ["users:id:write"],
    users.filter((u) => !fuzzing.has(u.email)).map((u) => u.id),
  );
  put(
    ["email"],
    demoAccounts.map((a) => a.email),
  );
  // Only the sign-in route gets the real password: it may then succeed (and its answer be checked); the
  // two-factor routes never do, so no fuzzing account turns on TOTP.
  put(["post /api/v1/auth/sign-in:password"], [DEMO_PASSWORD]);
  put(
    ["post /api/v1/establishments:__body"],
    [
      buildEstablishmentInput(),
      buildEstablishmentInput({
        name: "Hợp tác xã gốm Tân Phú",
        legalForm: "HTX",
        communeId: COMMUNE_DONG_THAP,
      }),
    ],
  );
  // A project of the provincial officer's province, as the project tests build it.
  const own = ids(await get(as("provincial officer"), "/api/v1/establishments?pageSize=5"));
  put(
    ["post /api/v1/projects:__body"],
    own.map((id) => projectInput(String(id))),
  );
  put(
    ["fields"],
    [
      JSON.stringify({ kind: "CONG_VAN_DE_NGHI", number: "12/CV", date: "2025-03-01", title: "Công văn" }),
      JSON.stringify({ kind: "QUYET_DINH_PHE_DUYET", date: "0000-01-01" }),
    ],
  );
}
