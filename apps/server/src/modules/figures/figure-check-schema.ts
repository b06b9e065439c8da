import { z } from "@hono/zod-openapi";
import { figureFlagCodes, figureStatementKinds } from "@kc/domain";

/** One verdict of the figure engine (`checkStatements`) as the API sends it: the figure checker and reports share it. */
export const figureCheckResultSchema = z
  .object({
    id: z.string(),
    kind: z.enum(figureStatementKinds),
    labelVi: z.string(),
    ok: z.boolean(),
    stated: z.string(),
    computed: z.string(),
    difference: z.string(),
    flag: z
      .object({
        code: z.enum(figureFlagCodes),
        stated: z.string(),
        computed: z.string(),
        difference: z.string(),
        messageVi: z.string(),
      })
      .nullable(),
  })
  .openapi("FigureCheckResult");
