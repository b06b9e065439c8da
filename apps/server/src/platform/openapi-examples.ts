import { buildEstablishmentInput } from "../seed/builders/establishment-builder";

/**
 * Examples on the main request bodies of the OpenAPI document, by operationId. Each is a body the server accepts
 * (test/openapi-lint.test.ts posts them and lints the document); the establishment is the demo's own builder.
 */
export const requestExamples: Record<string, unknown> = {
  "auth.signIn": { email: "dongthap@demo.khuyencong.vn", password: "khuyencong-demo" },
  "establishments.create": buildEstablishmentInput(),
  "users.create": {
    email: "canbo.dongthap@so-congthuong.vn",
    name: "Trần Thị Mai",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: "P34-82" },
    organisationId: null,
    password: "mat-khau-du-dai-2026",
  },
};
