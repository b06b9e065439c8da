import { z } from "@hono/zod-openapi";
import { dataScopeSchema, idSchema, roleCodes, textInputProblem, textSchema } from "@kc/domain";

const name = textSchema({ labelVi: "Họ và tên", min: 2, max: 120 });
/**
 * ASVS 6.2.1/6.2.9: at least 8 characters, long passphrases allowed, no composition rules. Any character a keyboard
 * can type; only NUL and unpaired surrogates are refused (they have no UTF-8 form, so two such passwords would hash
 * alike).
 */
const password = z
  .string()
  .min(8, "Mật khẩu phải có ít nhất 8 ký tự")
  .max(128, "Mật khẩu không được quá 128 ký tự")
  .refine((value) => {
    const problem = textInputProblem(value, "multiline");
    return problem !== "NUL" && problem !== "UNPAIRED_SURROGATE";
  }, "Mật khẩu chứa ký tự không hợp lệ (NUL hoặc nửa cặp thay thế UTF-16)");

export const userCreateSchema = z
  .strictObject({
    email: z.email().max(254),
    name,
    role: z.enum(roleCodes),
    scope: dataScopeSchema,
    organisationId: idSchema("Mã tổ chức").nullable().optional(),
    password,
  })
  .openapi("UserCreate");
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: name.optional(),
    role: z.enum(roleCodes).optional(),
    scope: dataScopeSchema.optional(),
    organisationId: idSchema("Mã tổ chức").nullable().optional(),
  })
  .openapi("UserUpdate");
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const passwordResetSchema = z.strictObject({ password });
