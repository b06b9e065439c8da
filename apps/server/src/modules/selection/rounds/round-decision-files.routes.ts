import { createRoute, z } from "@hono/zod-openapi";
import {
  documentDownload,
  documentFileResponse,
  uploadedFile,
} from "../../../platform/documents/document-routes";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  pathIdSchema,
  problemSchema,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { readRoundDecisionFile, uploadRoundDecisionFile } from "./round-decision-files";
import { roundPolicy } from "./rounds.policy";

const tags = ["Bình chọn sản phẩm"];
const problemJson = { "application/problem+json": { schema: problemSchema } };
const roundAndDecision = idParam.extend({ decisionId: pathIdSchema("decisionId") });

/** The files of the decisions that back a round's steps: uploaded before the step, downloaded from its record. */
export const roundDecisionFileRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/decision-files",
      tags,
      summary:
        "Tải lên tệp quyết định (biên bản) cho bước tiếp theo của đợt bình chọn; mã tệp được ghi vào decision.fileId của bước",
      security: cookieAuth,
      request: {
        params: idParam,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }),
            },
          },
        },
      },
      responses: {
        201: {
          content: {
            "application/json": {
              schema: z.object({
                fileId: z.string(),
                fileName: z.string(),
                size: z.number().int(),
                sha256: z.string(),
              }),
            },
          },
          description: "Đã lưu tệp",
        },
        ...errorResponses,
        413: { content: problemJson, description: "Tệp quá lớn" },
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.read", id);
      const file = await uploadedFile(c.req.valid("form") as { file?: unknown }, "Thiếu tệp quyết định");
      const saved = await uploadRoundDecisionFile({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        file,
      });
      return c.json(saved, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/decisions/{decisionId}/file",
      tags,
      summary: "Tải tệp quyết định của một bước của đợt bình chọn (chỉ trong phạm vi dữ liệu)",
      security: cookieAuth,
      request: { params: roundAndDecision },
      responses: { ...documentFileResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, decisionId } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.read", id);
      const found = await readRoundDecisionFile({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        decisionId,
      });
      return documentDownload(c, found);
    },
  );
