import { z } from "@hono/zod-openapi";
import { authorityLevelLabels, documentKinds, type FundingLevel, type StepReadiness } from "@kc/domain";

// The lifecycle steps of the project page, each with the reasons it cannot be taken yet (issue 14, item 2). Kept
// apart from projects.presenter.ts, which presents the record itself.

const coded = z.object({ code: z.string(), label: z.string() });
const reason = z.object({
  code: z
    .string()
    .describe("Mã điều kiện (GuardCode) hoặc mã lý do của bảng bước, như trong lỗi 422 của bước"),
  messageVi: z.string(),
});

export const stepActionSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** Who must sign the step's decision (cấp có thẩm quyền), when the step names one. */
  authority: coded.nullable(),
  documents: z.array(
    z.object({ anyOf: z.array(coded), fields: z.array(z.string()), signedByAuthority: z.boolean() }),
  ),
  direction: z
    .enum(["FORWARD", "ASIDE", "END"])
    .describe(
      "FORWARD đưa đề án tiếp; ASIDE trả lại, đề nghị điều chỉnh, chuyển năm sau; END từ chối hoặc ngừng",
    ),
  available: z.boolean().describe("Không còn điều kiện chưa đáp ứng: bước thành công khi biểu mẫu điền đúng"),
  primary: z.boolean().describe("Bước chính của trang: bước đầu tiên đưa đề án tiếp và đang thực hiện được"),
  conditions: z
    .array(z.object({ code: z.string(), label: z.string(), met: z.boolean() }))
    .describe("Các điều kiện tiên quyết của bước (biểu mẫu không thay đổi được), đánh giá tại ngày hôm nay"),
  blockers: z.array(reason).describe("Lý do máy chủ sẽ từ chối bước này lúc này, cùng mã với lỗi 422"),
  warnings: z.array(reason).describe("Cảnh báo không chặn bước, được ghi lại khi thực hiện"),
  formRequirements: z
    .array(reason)
    .describe("Những gì biểu mẫu của bước sẽ yêu cầu (văn bản, kết quả, số tiền)"),
});

export function presentSteps(steps: readonly StepReadiness[], level: FundingLevel) {
  return steps.map((step) => {
    const t = step.transition;
    const authority = t.levels[level]?.authority ?? null;
    return {
      code: t.code,
      label: t.labelVi,
      authority: authority ? { code: authority, label: authorityLevelLabels[authority] } : null,
      documents: t.documents.map((d) => ({
        anyOf: d.anyOf.map((kind) => ({ code: kind, label: documentKinds[kind].labelVi })),
        fields: [...d.fields],
        signedByAuthority: d.signedByAuthority,
      })),
      direction: step.direction,
      available: step.available,
      primary: step.primary,
      conditions: step.conditions.map((c) => ({ code: c.code, label: c.labelVi, met: c.met })),
      blockers: step.blockers.map(({ code, messageVi }) => ({ code, messageVi })),
      warnings: step.warnings.map(({ code, messageVi }) => ({ code, messageVi })),
      formRequirements: step.formRequirements.map(({ code, messageVi }) => ({ code, messageVi })),
    };
  });
}
