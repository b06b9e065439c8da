import { z } from "@hono/zod-openapi";
import {
  isoDateSchema,
  reportColumnCodes,
  reportPartitions,
  reportWindowRules,
  requiredTextSchema,
  textSchema,
} from "@kc/domain";

/**
 * The request bodies of the template admin screen. Codes are only checked as short text here: their pattern,
 * uniqueness and references are the domain's structural rules (`validateTemplateStructure`), which answer every
 * finding at once with its stable code instead of stopping at the first.
 */
const codeField = (labelVi: string) => textSchema({ labelVi, max: 40, min: 1, kind: "name" });

const rowInputSchema = z.strictObject({
  code: codeField("Mã dòng"),
  labelVi: requiredTextSchema(300, "Tên dòng chỉ tiêu"),
  indicator: codeField("Chỉ tiêu"),
  unit: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("MONEY") }),
    z.strictObject({ kind: z.literal("COUNT"), unitVi: requiredTextSchema(40, "Đơn vị tính") }),
  ]),
  columns: z
    .array(z.enum(reportColumnCodes))
    .min(1, "Dòng cần ít nhất một cột")
    .max(reportColumnCodes.length),
  partOf: z.strictObject({ row: codeField("Dòng tổng"), partition: z.enum(reportPartitions) }).optional(),
  atMost: codeField("Dòng giới hạn").optional(),
});

const structureFields = {
  titleVi: requiredTextSchema(300, "Tên mẫu báo cáo"),
  windowRule: z.enum(reportWindowRules),
  deadlineDaysAfterWindow: z.number().int().min(0).max(365).describe("Hạn nộp: số ngày sau ngày cuối kỳ"),
  legalDocumentId: textSchema({ labelVi: "Văn bản pháp lý", max: 64, min: 1, kind: "name" }),
  sections: z
    .array(
      z.strictObject({
        code: codeField("Mã phần"),
        titleVi: requiredTextSchema(300, "Tên phần"),
        rows: z.array(rowInputSchema).max(200),
      }),
    )
    .min(1, "Mẫu cần ít nhất một phần")
    .max(20),
  narrative: z
    .array(
      z.strictObject({ code: codeField("Mã mục thuyết minh"), titleVi: requiredTextSchema(300, "Tên mục") }),
    )
    .max(20),
};

const acknowledgeGap = z
  .boolean()
  .default(false)
  .describe("Xác nhận chủ ý để một khoảng thời gian không có phiên bản nào có hiệu lực");

export const createVersionBodySchema = z
  .strictObject({
    previousRevision: z
      .number()
      .int()
      .min(1)
      .describe(
        "revision của phiên bản bắt đầu muộn nhất (latest) như đã đọc: phiên bản đó sẽ được kết thúc",
      ),
    validFrom: isoDateSchema("Ngày bắt đầu hiệu lực"),
    acknowledgeGap,
    ...structureFields,
  })
  .openapi("ReportTemplateVersionInput");

export const changeVersionBodySchema = z
  .strictObject({
    revision: z.number().int().min(1),
    validTo: isoDateSchema("Ngày hết hiệu lực")
      .nullable()
      .optional()
      .describe("null: còn hiệu lực, không hạn"),
    acknowledgeGap,
    titleVi: structureFields.titleVi.optional(),
    windowRule: structureFields.windowRule.optional(),
    deadlineDaysAfterWindow: structureFields.deadlineDaysAfterWindow.optional(),
    legalDocumentId: structureFields.legalDocumentId.optional(),
    sections: structureFields.sections.optional(),
    narrative: structureFields.narrative.optional(),
  })
  .openapi("ReportTemplateVersionChange");
