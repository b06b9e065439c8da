import { showroomCreateSchema, showroomUpdateSchema } from "@kc/domain";
import { createRouter } from "../../../platform/router";
import { withRecordRoutes } from "../record-routes";
import { createShowroom } from "./create-showroom";
import { showroomPolicy } from "./showrooms.policy";
import { presentShowroom, showroomSchema } from "./showrooms.presenter";
import { findShowroomInScope, listShowrooms, showroomListQuerySchema } from "./showrooms.queries";
import { updateShowroom } from "./update-showroom";

/** Showrooms and product introduction points: the four record routes trade promotion's records share. */
export const showroomRoutes = withRecordRoutes(createRouter(), {
  path: "/showrooms",
  policy: showroomPolicy,
  schema: showroomSchema,
  descriptionVi: "Phòng trưng bày",
  summaries: {
    list: "Phòng trưng bày, điểm giới thiệu sản phẩm trong phạm vi dữ liệu (lọc năm, tỉnh, nơi đặt, tìm không dấu)",
    get: "Một phòng trưng bày",
    create: "Ghi nhận một phòng trưng bày tại trung tâm hoặc tại cơ sở",
    update: "Sửa một phòng trưng bày (kèm version; 409 nếu người khác đã sửa)",
  },
  listQuerySchema: showroomListQuerySchema,
  createSchema: showroomCreateSchema,
  updateSchema: showroomUpdateSchema,
  list: listShowrooms,
  find: findShowroomInScope,
  present: async (_db, rows, canEdit) => rows.map((row) => presentShowroom(row, canEdit)),
  create: createShowroom,
  update: updateShowroom,
});
