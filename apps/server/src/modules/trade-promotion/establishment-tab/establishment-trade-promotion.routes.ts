import { createRoute, z } from "@hono/zod-openapi";
import {
  bigIntToDong,
  brandStatusLabels,
  fairLevelLabels,
  fairStatusLabels,
  markKindLabels,
} from "@kc/domain";
import { modulePolicy } from "../../../platform/access";
import { cookieAuth, createRouter, errorResponses, idParam, requireActor } from "../../../platform/router";
import { findEstablishmentInScope } from "../../establishments/establishments.queries";
import type { TradePromotionAbility } from "../showrooms/showrooms.policy";
import {
  type EstablishmentTradePromotion,
  establishmentTradePromotion,
} from "./establishment-trade-promotion.queries";

/** Checks name the establishment: the tab is part of its page. */
const policy = modulePolicy<TradePromotionAbility>("establishment");

const dong = z.string().openapi({ description: "Đồng, số nguyên dạng chuỗi" });

export const establishmentTradePromotionSchema = z
  .object({
    fairs: z.array(
      z.object({
        participationId: z.string(),
        fairId: z.string(),
        code: z.string(),
        name: z.string(),
        level: z.string(),
        levelLabel: z.string(),
        status: z.string(),
        statusLabel: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        wholeBooths: z.number().int().openapi({ description: "Gian hàng tiêu chuẩn thuê riêng" }),
        sharedBoothKey: z.string().nullable().openapi({ description: "Gian hàng chung (mã), nếu có" }),
        sharedBoothShareBps: z.number().int().nullable(),
        supportAmount: dong,
      }),
    ),
    brands: z.array(
      z.object({
        id: z.string(),
        brandName: z.string(),
        markKindLabel: z.string(),
        asMember: z.boolean().openapi({ description: "Cơ sở là thành viên của tập thể chủ sở hữu" }),
        collectiveName: z.string().nullable(),
        registrationNumber: z.string().nullable(),
        year: z.number().int(),
        statusLabel: z.string(),
        supportAmount: dong,
      }),
    ),
    showrooms: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        openedOn: z.string(),
        closedOn: z.string().nullable(),
        productsShown: z.string(),
        supportAmount: dong,
      }),
    ),
  })
  .openapi("EstablishmentTradePromotion");

function present(
  id: string,
  data: EstablishmentTradePromotion,
): z.infer<typeof establishmentTradePromotionSchema> {
  return {
    fairs: data.fairs.map((f) => ({
      ...f,
      levelLabel: fairLevelLabels[f.level],
      statusLabel: fairStatusLabels[f.status],
      supportAmount: bigIntToDong(f.supportAmount),
    })),
    brands: data.brands.map((b) => ({
      id: b.id,
      brandName: b.brandName,
      markKindLabel: markKindLabels[b.markKind],
      asMember: b.establishmentId !== id,
      collectiveName: b.collectiveName,
      registrationNumber: b.registrationNumber,
      year: b.year,
      statusLabel: brandStatusLabels[b.status],
      supportAmount: bigIntToDong(b.supportAmount),
    })),
    showrooms: data.showrooms.map((s) => ({
      id: s.id,
      name: s.name,
      openedOn: s.openedOn,
      closedOn: s.closedOn,
      productsShown: s.productsShown,
      supportAmount: bigIntToDong(s.supportAmount),
    })),
  };
}

export const establishmentTradePromotionRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/establishments/{id}/trade-promotion",
    tags: ["Xúc tiến thương mại"],
    summary: "Xúc tiến thương mại của một cơ sở: hội chợ đã tham gia, thương hiệu, phòng trưng bày",
    security: cookieAuth,
    request: { params: idParam },
    responses: {
      200: {
        content: { "application/json": { schema: establishmentTradePromotionSchema } },
        description: "Hội chợ, thương hiệu, phòng trưng bày của cơ sở",
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    await policy.authorize(c, "tradePromotion.read", id);
    const { db } = c.get("deps");
    // Another province's establishment is a logged 404, exactly as its own page is.
    await policy.inScopeOr404(c, await findEstablishmentInScope(db, requireActor(c), id), id);
    return c.json(present(id, await establishmentTradePromotion(db, id)), 200);
  },
);
