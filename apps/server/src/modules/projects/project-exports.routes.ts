import { createRoute, z } from "@hono/zod-openapi";
import { projectListQuerySchema, todayInVietnam } from "@kc/domain";
import { buildInWorker } from "../../platform/office/office-workers";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import { cookieAuth, createRouter, errorResponses, idParam } from "../../platform/router";
import { projectDossierDocxTask, projectDossierInput } from "./exports/project-dossier.docx";
import { projectEstimateXlsx } from "./exports/project-estimate.xlsx";
import { exportProjects } from "./exports/project-list.xlsx";
import { projectPolicy } from "./projects.policy";
import { findProjectInScope, loadProjectDetail } from "./projects.queries";

const tags = ["Đề án khuyến công"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const file = (type: string, description: string) => ({
  200: { content: { [type]: { schema: z.any() } }, description },
});

export const projectExportRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/projects/export",
      tags,
      summary: "Xuất danh sách đề án đã lọc ra Excel",
      security: cookieAuth,
      request: { query: projectListQuerySchema.omit({ page: true, pageSize: true, sort: true }) },
      responses: { ...file(XLSX, "Tệp Excel"), ...errorResponses },
    }),
    async (c) => {
      const actor = await projectPolicy.authorize(c, "projects.export");
      const stream = exportProjects(c.get("deps").db, actor, c.req.valid("query"));
      return c.body(stream, 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(`de-an-khuyen-cong-${todayInVietnam()}.xlsx`),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/projects/{id}/dossier.docx",
      tags,
      summary: "Tóm tắt hồ sơ đề án (.docx, thể thức Nghị định 30/2020/NĐ-CP)",
      security: cookieAuth,
      request: { params: idParam },
      responses: { ...file(DOCX, "Tệp Word"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.export", id);
      const { db } = c.get("deps");
      const row = await projectPolicy.inScopeOr404(c, await findProjectInScope(db, actor, id), id);
      const input = await projectDossierInput(db, await loadProjectDetail(db, row));
      const bytes = await buildInWorker(projectDossierDocxTask, input);
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": DOCX,
        "content-disposition": attachmentHeader(`tom-tat-ho-so-${row.code}.docx`),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/projects/{id}/estimate.xlsx",
      tags,
      summary: "Dự toán chi tiết kinh phí theo mẫu đề xuất (.xlsx)",
      security: cookieAuth,
      request: { params: idParam },
      responses: { ...file(XLSX, "Tệp Excel"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.export", id);
      const { db } = c.get("deps");
      const row = await projectPolicy.inScopeOr404(c, await findProjectInScope(db, actor, id), id);
      const bytes = await projectEstimateXlsx(await loadProjectDetail(db, row));
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(`du-toan-${row.code}.xlsx`),
      });
    },
  );
