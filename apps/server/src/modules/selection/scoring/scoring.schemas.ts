import { z } from "@hono/zod-openapi";
import { freeTextSchema, idSchema, pointsSchema } from "@kc/domain";
import { actionAvailabilitySchema } from "../../../platform/action-availability";

/** Request and answer shapes of scoring: the page, one sheet, the summary minute. */

export const sheetInputSchema = z.strictObject({
  scores: z
    .record(idSchema("Mã tiêu chí"), pointsSchema)
    .describe('Điểm theo mã tiêu chí, số thập phân dạng chuỗi, bước 0,5 (ví dụ "12.5")'),
  note: freeTextSchema(2000, "Nhận xét").default(""),
  version: z.number().int().min(1).nullable().describe("Phiên bản phiếu đã đọc; null khi chưa có phiếu"),
});

export const roundVersionSchema = z.strictObject({ roundVersion: z.number().int().min(1) });

export const proposedListSchema = z.strictObject({
  roundVersion: z.number().int().min(1),
  entryIds: z.array(idSchema("Mã sản phẩm dự thi")).max(1000),
});

const criterionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  criterionGroup: z.string(),
  groupLabel: z.string(),
  label: z.string(),
  maxPoints: z.string(),
});

const sheetSchema = z
  .object({
    memberId: z.string(),
    version: z.number().int(),
    scores: z.record(z.string(), z.string()),
    total: z.string(),
    note: z.string(),
  })
  .openapi("ScoreSheet");

export const scoringPageSchema = z
  .object({
    round: z.object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      version: z.number().int(),
      frameApprovedAt: z.string().nullable(),
      scoringClosedAt: z.string().nullable(),
    }),
    criteria: z.array(criterionSchema),
    frameTotal: z.string(),
    seat: z.object({ memberId: z.string(), role: z.string(), roleLabel: z.string() }).nullable(),
    entries: z.array(
      z.object({
        id: z.string(),
        productName: z.string(),
        establishmentName: z.string(),
        groupLabel: z.string(),
        conflicted: z.boolean().describe("Giám khảo đang đăng nhập có liên quan đến cơ sở: không chấm"),
        mySheet: sheetSchema.nullable(),
        sheetsIn: z.number().int(),
        sheetsExpected: z.number().int(),
      }),
    ),
    actions: z.object({
      proposeFrame: actionAvailabilitySchema.optional(),
      approveFrame: actionAvailabilitySchema.optional(),
      score: actionAvailabilitySchema.optional(),
      closeScoring: actionAvailabilitySchema.optional(),
      proposeList: actionAvailabilitySchema.optional(),
    }),
  })
  .openapi("ScoringPage");

export const summarySchema = z
  .object({
    roundId: z.string(),
    closedAt: z.string(),
    jurors: z.array(z.object({ memberId: z.string(), name: z.string(), roleLabel: z.string() })),
    rows: z.array(
      z.object({
        entryId: z.string(),
        productName: z.string(),
        establishmentName: z.string(),
        groupLabel: z.string(),
        totals: z.array(
          z.object({ memberId: z.string(), total: z.string().nullable(), conflicted: z.boolean() }),
        ),
        meanText: z.string().nullable(),
        passes: z.boolean(),
        rank: z.number().int().nullable(),
        proposed: z.boolean(),
      }),
    ),
  })
  .openapi("ScoringSummary");

export { sheetSchema };
