import { z } from "@hono/zod-openapi";
import { dataScopeSchema, idSchema, roleCodes, textSchema } from "@kc/domain";

const name = textSchema({ labelVi: "Họ và tên", min: 2, max: 120 });
/** ASVS 6.2.1/6.2.9: at least 8 characters, long passphrases allowed, no composition rules. */
const password = z.string().min(8).max(128);

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

export const versionOnlySchema = z.strictObject({ version: z.number().int().min(1) });
export const passwordResetSchema = z.strictObject({ password });
