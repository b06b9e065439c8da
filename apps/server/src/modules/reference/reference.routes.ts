import { createRoute, z } from "@hono/zod-openapi";
import {
  catalogueKindLabels,
  confidenceLabels,
  idSchema,
  legalDocumentStatusLabels,
  legalDocumentTypeLabels,
  organisationTypeLabels,
  todayInVietnam,
} from "@kc/domain";
import type { Context } from "hono";
import { cachedAnswer } from "../../platform/cached-answer";
import type { AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { pageOf, pageQuerySchema } from "../../platform/pagination";
import { requireAbility } from "../../platform/policy";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  requestMeta,
  requireActor,
} from "../../platform/router";
import { adminUnitSchema, presentAdminUnit } from "./admin-units.presenter";
import { getAdminUnit, listAdminUnits } from "./admin-units.queries";
import { listCatalogue, listLegalDocuments, listOrganisations, listRegions } from "./catalogues.queries";
import { asOfSchema } from "./reference.schemas";

const tags = ["Danh mục"];
const ok = <T extends z.ZodType>(schema: T, description = "Kết quả") => ({
  200: { content: { "application/json": { schema } }, description },
  ...errorResponses,
});

async function reader(c: Context<AppEnv>) {
  const actor = requireActor(c);
  await requireAbility(c.get("deps").db, actor, "catalogues.read", requestMeta(c), { entity: "catalogue" });
  return actor;
}

const legalDocumentSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    type: z.string(),
    typeLabel: z.string(),
    issuer: z.string(),
    title: z.string(),
    signedDate: z.string().nullable(),
    effectiveDate: z.string().nullable(),
    expiryDate: z.string().nullable(),
    status: z.string(),
    statusLabel: z.string(),
    confidence: z.string(),
    confidenceLabel: z.string(),
    note: z.string().nullable(),
  })
  .openapi("LegalDocument");

const organisationSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    typeLabel: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    provinceId: z.string().nullable(),
    provinceName: z.string().nullable(),
    regionCode: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    successorId: z.string().nullable(),
    nameHistory: z.array(
      z.object({
        name: z.string(),
        validFrom: z.string(),
        validTo: z.string().nullable(),
        confidence: z.string(),
      }),
    ),
  })
  .openapi("Organisation");

const catalogueKinds = [
  "FUNDING_SOURCE",
  "ACTIVITY_CONTENT",
  "ELIGIBLE_INDUSTRY",
  "LEGAL_FORM",
  "SUBJECT_CLASS",
] as const;

export const referenceRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/admin-units",
      tags,
      summary: "Đơn vị hành chính có hiệu lực tại một thời điểm, kèm đơn vị tiền thân và kế thừa",
      security: cookieAuth,
      request: {
        query: pageQuerySchema.extend({
          level: z.enum(["TINH", "XA"]).default("TINH"),
          asOf: asOfSchema,
          parentId: idSchema("Đơn vị cấp trên").optional(),
        }),
      },
      responses: ok(pageOf(adminUnitSchema)),
    }),
    async (c) => {
      await reader(c);
      const query = c.req.valid("query");
      const answer = await cachedAnswer(c, async () => {
        const asOf = query.asOf ?? todayInVietnam();
        const { items, total } = await listAdminUnits(c.get("deps").db, { ...query, asOf });
        return { items: items.map(presentAdminUnit), total, page: query.page, pageSize: query.pageSize };
      });
      return c.json(answer, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/admin-units/{id}",
      tags,
      summary: "Một đơn vị hành chính",
      security: cookieAuth,
      request: {
        params: idParam,
        query: z.object({ asOf: asOfSchema }),
      },
      responses: ok(
        adminUnitSchema.extend({
          legalBasis: z.object({ number: z.string(), title: z.string() }).nullable(),
        }),
      ),
    }),
    async (c) => {
      await reader(c);
      const unit = await getAdminUnit(
        c.get("deps").db,
        c.req.valid("param").id,
        c.req.valid("query").asOf ?? todayInVietnam(),
      );
      if (!unit) throw new AppError("NOT_FOUND");
      return c.json({ ...presentAdminUnit(unit), legalBasis: unit.legalBasis }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/regions",
      tags,
      summary: "Ba vùng khuyến công và các tỉnh thuộc vùng tại một thời điểm",
      security: cookieAuth,
      request: { query: z.object({ asOf: asOfSchema }) },
      responses: ok(
        z.object({
          items: z.array(
            z.object({
              code: z.string(),
              label: z.string(),
              provinces: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
            }),
          ),
        }),
      ),
    }),
    async (c) => {
      await reader(c);
      const asOf = c.req.valid("query").asOf ?? todayInVietnam();
      return c.json(
        await cachedAnswer(c, async () => ({ items: await listRegions(c.get("deps").db, asOf) })),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/legal-documents",
      tags,
      summary: "Văn bản pháp lý làm căn cứ cho các quy định",
      security: cookieAuth,
      request: {
        query: pageQuerySchema.extend({
          type: z.enum(Object.keys(legalDocumentTypeLabels) as [string, ...string[]]).optional(),
        }),
      },
      responses: ok(pageOf(legalDocumentSchema)),
    }),
    async (c) => {
      await reader(c);
      const query = c.req.valid("query");
      const { rows, total } = await listLegalDocuments(c.get("deps").db, query);
      const items = rows.map((d) => ({
        id: d.id,
        number: d.number,
        type: d.type,
        typeLabel: legalDocumentTypeLabels[d.type] ?? d.type,
        issuer: d.issuer,
        title: d.title,
        signedDate: d.signedDate,
        effectiveDate: d.effectiveDate,
        expiryDate: d.expiryDate,
        status: d.status,
        statusLabel: legalDocumentStatusLabels[d.status] ?? d.status,
        confidence: d.confidence,
        confidenceLabel: confidenceLabels[d.confidence] ?? d.confidence,
        note: d.note,
      }));
      return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/organisations",
      tags,
      summary: "Tổ chức tồn tại tại một thời điểm, với tên gọi tại thời điểm đó và lịch sử tên",
      security: cookieAuth,
      request: {
        query: pageQuerySchema.extend({
          asOf: asOfSchema,
          type: z.enum(Object.keys(organisationTypeLabels) as [string, ...string[]]).optional(),
          provinceId: idSchema("Mã tỉnh").optional(),
        }),
      },
      responses: ok(pageOf(organisationSchema)),
    }),
    async (c) => {
      await reader(c);
      const query = c.req.valid("query");
      const { rows, total } = await listOrganisations(c.get("deps").db, {
        ...query,
        asOf: query.asOf ?? todayInVietnam(),
      });
      const items = rows.map((r) => ({
        id: r.org.id,
        type: r.org.type,
        typeLabel: organisationTypeLabels[r.org.type] ?? r.org.type,
        name: r.name,
        shortName: r.shortName,
        provinceId: r.org.adminUnitId,
        provinceName: r.provinceName,
        regionCode: r.org.regionCode,
        validFrom: r.org.validFrom,
        validTo: r.org.validTo,
        successorId: r.org.successorId,
        nameHistory: r.history.map((h) => ({
          name: h.name,
          validFrom: h.validFrom,
          validTo: h.validTo,
          confidence: h.confidence,
        })),
      }));
      return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/catalogues",
      tags,
      summary: "Các danh mục mã",
      security: cookieAuth,
      responses: ok(z.object({ items: z.array(z.object({ kind: z.string(), label: z.string() })) })),
    }),
    async (c) => {
      await reader(c);
      return c.json(
        { items: catalogueKinds.map((kind) => ({ kind, label: catalogueKindLabels[kind] ?? kind })) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/catalogues/{kind}",
      tags,
      summary: "Các mục của một danh mục mã, có hiệu lực tại một thời điểm (bỏ trống: mọi thời điểm)",
      security: cookieAuth,
      request: {
        params: z.object({ kind: z.enum(catalogueKinds).openapi({ param: { name: "kind", in: "path" } }) }),
        query: z.object({ asOf: asOfSchema }),
      },
      responses: ok(
        z.object({
          items: z.array(
            z.object({
              code: z.string(),
              labelVi: z.string(),
              labelEn: z.string(),
              validFrom: z.string(),
              validTo: z.string().nullable(),
              legalBasis: z.string().nullable(),
            }),
          ),
        }),
      ),
    }),
    async (c) => {
      await reader(c);
      const rows = await listCatalogue(
        c.get("deps").db,
        c.req.valid("param").kind,
        c.req.valid("query").asOf,
      );
      const items = rows.map(({ entry, legalNumber }) => ({
        code: entry.code,
        labelVi: entry.labelVi,
        labelEn: entry.labelEn,
        validFrom: entry.validFrom,
        validTo: entry.validTo,
        legalBasis: legalNumber,
      }));
      return c.json({ items }, 200);
    },
  );
