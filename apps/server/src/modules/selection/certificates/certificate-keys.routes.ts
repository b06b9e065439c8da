import { createRoute, z } from "@hono/zod-openapi";
import { CERTIFICATE_KEYS_PATH } from "@kc/domain";
import { createRouter, rateLimitedResponse } from "../../../platform/router";
import { certificateKeyring } from "./certificate-keyring";

const keySetSchema = z
  .object({
    keys: z.array(
      z.object({
        kty: z.literal("OKP"),
        crv: z.literal("Ed25519"),
        x: z.string(),
        kid: z.string(),
        alg: z.literal("EdDSA"),
        use: z.literal("sig"),
      }),
    ),
  })
  .openapi("CertificateKeySet");

/**
 * The public keys that verify certificate QR codes (a JWKS, decision 0016), at a well-known address outside
 * /api so offline verifiers can fetch it once and keep it. Every key ever used is listed; a CDN may keep it an hour.
 */
export const certificateKeyRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: CERTIFICATE_KEYS_PATH,
    tags: ["Công khai"],
    summary: "Khóa công khai (JWKS) để kiểm tra chữ ký số trong mã QR của giấy chứng nhận",
    responses: {
      200: { content: { "application/json": { schema: keySetSchema } }, description: "Tập khóa công khai" },
      ...rateLimitedResponse,
    },
  }),
  async (c) => {
    const ring = await certificateKeyring(c.get("deps"));
    c.header("cache-control", "public, max-age=3600");
    c.header("access-control-allow-origin", "*");
    return c.json(ring.keySet, 200);
  },
);
