import { createRoute, z } from "@hono/zod-openapi";
import {
  catalogueQuerySchema,
  certificateStatusCodes,
  productGroupCodes,
  selectionLevelCodes,
  VERIFY_PATH,
} from "@kc/domain";
import type { cachedAnswer } from "../../../platform/cached-answer";
import { AppError } from "../../../platform/errors";
import { createRouter, errorResponses } from "../../../platform/router";
import { certificateKeyring } from "./certificate-keyring";
import { tokenOf } from "./certificates.presenter";
import { honouredProductPhoto, listHonouredProducts } from "./honoured-products.queries";
import { etagOf, verifyCertificate } from "./verify-certificate";

const tags = ["Công khai"];
/** A CDN may serve an answer a minute and a stale one five more while it asks again (1,000 verifications/s). */
const PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=300";
const publicIdParam = z.object({
  publicId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,40}$/u, "Mã tra cứu không hợp lệ")
    .openapi({ param: { name: "publicId", in: "path" }, example: "Q7kP2mX9aB4" }),
});

const publicCertificateSchema = z
  .object({
    publicId: z.string(),
    number: z.string(),
    product: z.string(),
    productGroup: z.enum(productGroupCodes),
    establishment: z
      .string()
      .describe("Tên cơ sở sản xuất (tên đăng ký kinh doanh), không có thông tin cá nhân"),
    level: z.enum(selectionLevelCodes),
    year: z.number().int(),
    issuedOn: z.string(),
    validUntil: z.string(),
    status: z.enum(certificateStatusCodes),
    revokedOn: z.string().nullable(),
    revocationDecision: z.object({ number: z.string(), issuedOn: z.string() }).nullable(),
    signature: z
      .enum(["GENUINE", "NOT_GENUINE", "ABSENT"])
      .describe("Chữ ký số trong mã QR: hợp lệ, không hợp lệ (giả hoặc bị sửa), hoặc không có"),
    checkedOn: z.string(),
  })
  .openapi("PublicCertificate");

const honouredProductSchema = z
  .object({
    publicId: z.string(),
    number: z.string(),
    product: z.string(),
    productGroup: z.enum(productGroupCodes),
    establishment: z.string(),
    provinceName: z.string().nullable(),
    level: z.enum(selectionLevelCodes),
    year: z.number().int(),
    validUntil: z.string(),
    status: z.enum(certificateStatusCodes),
    photoUrl: z.string().nullable(),
    verifyPath: z.string(),
  })
  .openapi("HonouredProduct");

/** Public, anonymous: the verification a QR code opens, and the catalogue of honoured products. */
export const publicCertificateRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/certificates/{publicId}",
      tags,
      summary: "Xác minh giấy chứng nhận sản phẩm CNNT tiêu biểu (trang mã QR mở)",
      request: {
        params: publicIdParam,
        query: z.object({ s: z.string().max(2000).optional().describe("Chữ ký số (JWS) trong mã QR") }),
      },
      responses: {
        200: {
          content: { "application/json": { schema: publicCertificateSchema } },
          description: "Giấy chứng nhận",
        },
        304: { description: "Không đổi so với bản đã có (ETag)" },
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { publicId } = c.req.valid("param");
      const answer = await verifyCertificate(c.get("deps"), publicId, c.req.valid("query").s);
      if (!answer) throw new AppError("NOT_FOUND", { detail: "Không tìm thấy giấy chứng nhận với mã này" });
      const etag = etagOf(answer);
      c.header("cache-control", PUBLIC_CACHE);
      c.header("etag", etag);
      if (c.req.header("if-none-match") === etag) return c.body(null, 304);
      return c.json(answer, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/honoured-products",
      tags,
      summary:
        "Danh mục sản phẩm CNNT tiêu biểu đã được công nhận (tìm không dấu, lọc theo tỉnh, khu vực, nhóm, cấp, năm, hiệu lực)",
      request: { query: catalogueQuerySchema },
      responses: {
        200: {
          content: {
            "application/json": {
              schema: z.object({
                items: z.array(honouredProductSchema),
                total: z.number().int(),
                totalExact: z
                  .boolean()
                  .describe("true: total là số chính xác; false: có nhiều hơn total kết quả (đếm dừng sớm)"),
                page: z.number().int(),
                pageSize: z.number().int(),
              }),
            },
          },
          description: "Danh mục",
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const deps = c.get("deps");
      const answer = await cachedPublic(c, async () => {
        const ring = await certificateKeyring(deps);
        const { rows, total, totalExact } = await listHonouredProducts(deps.db, query);
        return {
          items: rows.map(({ certificate, provinceName, hasPhoto, status }) => ({
            publicId: certificate.publicId,
            number: certificate.number,
            product: certificate.productName,
            productGroup: certificate.productGroup,
            establishment: certificate.establishmentName,
            provinceName,
            level: certificate.level,
            year: certificate.year,
            validUntil: certificate.validUntil,
            status,
            photoUrl: hasPhoto ? `/api/public/honoured-products/${certificate.publicId}/photo` : null,
            verifyPath: `${VERIFY_PATH}/${certificate.publicId}?s=${tokenOf(certificate, ring.signing)}`,
          })),
          total,
          totalExact,
          page: query.page,
          pageSize: query.pageSize,
        };
      });
      c.header("cache-control", PUBLIC_CACHE);
      return c.json(answer, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/honoured-products/{publicId}/photo",
      tags,
      summary: "Ảnh thu nhỏ của sản phẩm tiêu biểu",
      request: { params: publicIdParam },
      responses: {
        200: {
          content: { "image/webp": { schema: z.any() }, "image/jpeg": { schema: z.any() } },
          description: "Ảnh",
        },
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const photo = await honouredProductPhoto(c.get("deps").db, c.req.valid("param").publicId);
      if (!photo) throw new AppError("NOT_FOUND", { detail: "Sản phẩm chưa có ảnh" });
      return c.body(new Uint8Array(photo.bytes), 200, {
        "content-type": photo.mediaType,
        "cache-control": "public, max-age=86400",
      });
    },
  );

/** The catalogue answer kept with the other public answers, keyed by its sorted query. */
async function cachedPublic<T extends object>(
  c: Parameters<typeof cachedAnswer>[0],
  compute: () => Promise<T>,
): Promise<T> {
  const cache = c.get("deps").caches.publicCertificates;
  const url = new URL(c.req.url);
  url.searchParams.sort();
  const key = `catalogue:${url.searchParams}`;
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const value = await compute();
  cache.set(key, value);
  return value;
}
