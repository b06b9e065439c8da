import { describe, expect, it } from "vitest";
import {
  disbursement,
  normSetInput,
  oddInputSuite,
  planInput,
  progressReport,
  userInput,
  type Who,
} from "./odd-input-support";
import { projectInput } from "./project-support";
import { engines, establishmentInput, json } from "./support";

/**
 * Odd but harmless input must give a 4xx problem naming the field and change nothing, never a 500 or a crash
 * (issue 12, item 4): ids, queries, dates, money and text. Bodies and their limits are in odd-bodies.test.ts.
 */

describe.each(engines)("odd input on %s", (engine) => {
  const suite = oddInputSuite(engine);
  const { clients, expectProblem, rows } = suite;

  describe("ids with NUL in the path", () => {
    it.each<[Who, string, string]>([
      ["officer", "/api/v1/establishments/%00", "path.id"],
      ["officer", "/api/v1/establishments/%00/history", "path.id"],
      ["officer", "/api/v1/projects/%00", "path.id"],
      ["officer", "/api/v1/projects/a%00b/dossier.docx", "path.id"],
      ["admin", "/api/v1/users/%00", "path.id"],
      ["central", "/api/v1/annual-plans/%00", "path.id"],
      ["admin", "/api/v1/admin-units/%00", "path.id"],
      ["central", "/api/v1/support-norm-sets/%00", "path.id"],
      ["officer", "/api/v1/establishment-imports/%00", "path.jobId"],
      ["officer", "/api/v1/establishments/%01%7F", "path.id"],
    ])("%s GET %s → 400 naming %s", async (who, path, field) => {
      await expectProblem(() => clients[who].get(path), { status: 400, code: "VALIDATION_FAILED", field });
    });
  });

  describe("query parameters with NUL", () => {
    it.each<[Who, string, string]>([
      ["officer", "/api/v1/establishments?communeId=%00", "query.communeId"],
      ["officer", "/api/v1/establishments?provinceId=P34%0082", "query.provinceId"],
      ["officer", "/api/v1/establishments?q=g%C3%B4m%00", "query.q"],
      ["officer", "/api/v1/establishments/export?communeId=%00", "query.communeId"],
      ["officer", "/api/v1/projects?provinceId=%00", "query.provinceId"],
      ["admin", "/api/v1/users?provinceId=%00", "query.provinceId"],
      ["admin", "/api/v1/organisations?provinceId=%00", "query.provinceId"],
      ["admin", "/api/v1/admin-units?level=XA&parentId=%00", "query.parentId"],
      ["central", "/api/v1/annual-plans?unit=%00", "query.unit"],
      ["central", "/api/v1/reported-figures?unit=%00", "query.unit"],
      ["central", "/api/v1/dashboard/budget?year=2017&unit=%00", "query.unit"],
      ["central", "/api/v1/dashboard/records?year=2017&unit=%00", "query.unit"],
      ["central", "/api/v1/support-norm-sets?provinceId=%00", "query.provinceId"],
      ["auditor", "/api/v1/audit-events?entityId=%00", "query.entityId"],
      ["auditor", "/api/v1/audit-events?entity=%00", "query.entity"],
    ])("%s GET %s → 400 naming %s", async (who, path, field) => {
      await expectProblem(() => clients[who].get(path), { status: 400, code: "VALIDATION_FAILED", field });
    });
  });

  describe("malformed query strings and paths", () => {
    it.each<[Who, string]>([
      ["officer", "/api/v1/establishments?page=%E0%A4%A"],
      ["officer", "/api/v1/establishments?q=%ZZ%"],
      ["officer", "/api/v1/establishments?communeId=a&communeId=b"],
      ["officer", "/api/v1/establishments?page=1e400"],
      ["officer", "/api/v1/establishments/%E0%A4%A"],
      ["officer", "/api/v1/establishments/%ZZ"],
      ["officer", "/api/v1/projects?planYear=-0&pageSize=0x10"],
      ["central", "/api/v1/dashboard/budget?year=%00"],
      ["central", "/api/v1/dashboard/outputs?yearFrom=2017&yearTo=2017&unit=P63-87&unit=P63-01"],
      ["auditor", "/api/v1/audit-events?from=2025-02-30&to=x"],
    ])("%s GET %s → an answer or a 4xx problem, never 500", async (who, path) => {
      const before = await rows();
      const response = await clients[who].get(path);
      expect(response.status).toBeLessThan(500);
      if (response.status >= 400) {
        expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/u);
        expect((await json(response)).code).toMatch(/^[A-Z_]+$/u);
      }
      expect(await rows()).toEqual(before);
    });
  });

  describe("year 0000 and dates outside 1900–2100", () => {
    it.each<[string, Who, string, string, () => unknown, string]>([
      [
        "project startDate",
        "officer",
        "POST",
        "/api/v1/projects",
        () => projectInput(suite.establishmentId, { startDate: "0000-01-01" }),
        "body.startDate",
      ],
      [
        "plan decisionDate",
        "central",
        "POST",
        "/api/v1/annual-plans",
        () => planInput({ decisionDate: "0000-01-01" }),
        "body.decisionDate",
      ],
      [
        "norm validFrom",
        "central",
        "POST",
        "/api/v1/support-norm-sets",
        () => normSetInput({ validFrom: "0000-01-01" }),
        "body.validFrom",
      ],
      [
        "norm validTo",
        "central",
        "POST",
        "/api/v1/support-norm-sets",
        () => normSetInput({ validTo: "2101-01-01" }),
        "body.validTo",
      ],
      [
        "paidOn",
        "officer",
        "POST",
        "/api/v1/projects/P-1/disbursements",
        () => disbursement({ paidOn: "0000-12-31" }),
        "body.paidOn",
      ],
      [
        "reportedOn",
        "officer",
        "POST",
        "/api/v1/projects/P-1/progress-reports",
        () => progressReport({ reportedOn: "0000-05-31" }),
        "body.reportedOn",
      ],
    ])("%s → 400 naming the field", async (_, who, method, path, body, field) => {
      const problem = await expectProblem(() => clients[who].request(method, path, body()), {
        status: 400,
        code: "VALIDATION_FAILED",
        field,
      });
      expect(problem.errors.find((e: { path: string }) => e.path === field).message).toMatch(/1900.*2100/u);
    });

    it.each(["/api/v1/audit-events?from=0000-01-01", "/api/v1/audit-events?to=1899-12-31"])(
      "auditor GET %s → 400",
      async (path) => {
        await expectProblem(() => clients.auditor.get(path), {
          status: 400,
          code: "VALIDATION_FAILED",
          field: path.includes("from") ? "query.from" : "query.to",
        });
      },
    );
  });

  describe("money strings that fail the pattern", () => {
    const long = "9".repeat(90_000);
    const shown = (value: string) => (value.length > 20 ? `${value.length} chữ số` : JSON.stringify(value));

    it.each(["1.5", "0.5", "1e3", "１２３", "-0", " 12", long].map((v) => [shown(v), v]))(
      "plan amount %s → 400",
      async (_, amount) => {
        await expectProblem(
          () =>
            clients.central.post(
              "/api/v1/annual-plans",
              planInput({ lines: [{ source: "KCQG", content: "A1_DAO_TAO_NGHE", amount }] }),
            ),
          { status: 400, code: "VALIDATION_FAILED", field: "body.lines.0.amount" },
        );
      },
    );

    it.each(["0.5", "1e3", "１２３", "", long].map((v) => [shown(v), v]))(
      "disbursement amount %s → 400 (a positive amount checked after the pattern)",
      async (_, amount) => {
        await expectProblem(
          () => clients.officer.post("/api/v1/projects/P-1/disbursements", disbursement({ amount })),
          {
            status: 400,
            code: "VALIDATION_FAILED",
            field: "body.amount",
          },
        );
      },
    );
  });

  describe("text fields: NUL, unpaired surrogates, controls, bidi overrides, invisible names", () => {
    const cases: [string, Who, string, () => unknown, string][] = [
      [
        "commune id with NUL",
        "officer",
        "/api/v1/establishments",
        () => establishmentInput({ taxCode: null, communeId: "XA-28249\u0000" }),
        "body.communeId",
      ],
      [
        "establishment name with an unpaired surrogate",
        "officer",
        "/api/v1/establishments",
        () => establishmentInput({ taxCode: null, name: "Cơ sở x\ud800y" }),
        "body.name",
      ],
      [
        "establishment owner with a bidi override",
        "officer",
        "/api/v1/establishments",
        () => establishmentInput({ taxCode: null, ownerName: "Lê \u202EVăn" }),
        "body.ownerName",
      ],
      [
        "project summary with NUL",
        "officer",
        "/api/v1/projects",
        () => projectInput(suite.establishmentId, { summary: "Tóm tắt\u0000" }),
        "body.summary",
      ],
      [
        "project summary with an unpaired surrogate",
        "officer",
        "/api/v1/projects",
        () => projectInput(suite.establishmentId, { summary: "x\udc00y" }),
        "body.summary",
      ],
      [
        "project summary with a bell",
        "officer",
        "/api/v1/projects",
        () => projectInput(suite.establishmentId, { summary: "chuông\u0007" }),
        "body.summary",
      ],
      [
        "project title of zero-width spaces only",
        "officer",
        "/api/v1/projects",
        () => projectInput(suite.establishmentId, { title: "\u200B\u200B" }),
        "body.title",
      ],
      [
        "norm code with NUL",
        "central",
        "/api/v1/support-norm-sets",
        () => normSetInput({}, { code: "b\u00001" }),
        "body.norms.0.code",
      ],
      [
        "norm note with NUL",
        "central",
        "/api/v1/support-norm-sets",
        () => normSetInput({}, { noteVi: "ghi\u0000chú" }),
        "body.norms.0.noteVi",
      ],
      [
        "norm set note with an unpaired surrogate",
        "central",
        "/api/v1/support-norm-sets",
        () => normSetInput({ noteVi: "\ud800" }),
        "body.noteVi",
      ],
      ["user name with NUL", "admin", "/api/v1/users", () => userInput({ name: "Lê\u0000Văn" }), "body.name"],
      [
        "user name with an unpaired surrogate",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "x\ud800y" }),
        "body.name",
      ],
      [
        "user name with a control",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "Lê Văn\u0085" }),
        "body.name",
      ],
      [
        "user name with a bidi isolate",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "Lê \u2067Văn" }),
        "body.name",
      ],
      [
        "user name with a BOM",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "\uFEFFLê Văn" }),
        "body.name",
      ],
      [
        "invisible user name",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "\u3164\u3164\u3164" }),
        "body.name",
      ],
      [
        "user password with an unpaired surrogate",
        "admin",
        "/api/v1/users",
        () => userInput({ password: "mat-khau-\ud800-dai" }),
        "body.password",
      ],
      [
        "organisation id with NUL",
        "admin",
        "/api/v1/users",
        () => userInput({ organisationId: "ORG\u0000" }),
        "body.organisationId",
      ],
      [
        "scope province with NUL",
        "admin",
        "/api/v1/users",
        () => userInput({ scope: { kind: "PROVINCE", provinceId: "P34-82\u0000" } }),
        "body.scope.provinceId",
      ],
      [
        "decision number with NUL",
        "central",
        "/api/v1/annual-plans",
        () => planInput({ decisionNumber: "12\u0000/QĐ" }),
        "body.decisionNumber",
      ],
      [
        "plan note with an unpaired surrogate",
        "central",
        "/api/v1/annual-plans",
        () => planInput({ noteVi: "x\ud800" }),
        "body.noteVi",
      ],
      [
        "plan unit with NUL",
        "central",
        "/api/v1/annual-plans",
        () => planInput({ unitId: "P63-87\u0000" }),
        "body.unitId",
      ],
    ];
    it.each(cases)("%s → 400 naming the field", async (_, who, path, body, field) => {
      await expectProblem(() => clients[who].post(path, body()), {
        status: 400,
        code: "VALIDATION_FAILED",
        field,
      });
    });

    it("still accepts the same bodies without the odd character (the cases above fail only on it)", async () => {
      const name = await clients.admin.post("/api/v1/users", userInput({ name: "Lê Văn Tám" }));
      expect(name.status).toBe(201);
      const plan = await clients.central.post(
        "/api/v1/annual-plans",
        planInput({ noteVi: "dòng 1\ndòng 2" }),
      );
      expect(plan.status).toBe(201);
      expect((await json(plan)).revisions[0].noteVi).toBe("dòng 1 dòng 2");
    });
  });
});
