import type { ProjectCreate, ProjectStatus } from "@kc/domain";
import type { Db } from "../../db/client";
import { project } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import {
  checkProjectReferences,
  projectAuditSnapshot,
  projectColumns,
  projectSearchText,
  writeProjectChildren,
} from "./project-record";
import { findProjectInScope } from "./projects.queries";

/** The dossier is edited only while it is being prepared or was returned for completion (DOMAIN §4.2). */
export const editableStatuses: readonly ProjectStatus[] = ["DRAFT", "RETURNED"];

/**
 * Replaces a project's dossier (fields, beneficiaries, sites, estimate, targets) when its version is the one the
 * officer edited; the code and the status stay. Children and audit row in the same transaction.
 */
export async function updateProject(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  version: number;
  input: ProjectCreate;
}) {
  const { db, actor, meta, id, version, input } = options;
  if (!(await findProjectInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: id });
  }
  const { provinceName } = await checkProjectReferences(db, actor, input);
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await findProjectInScope(tx, actor, id, { lock: true }), version);
    if (!editableStatuses.includes(current.status)) {
      throw new AppError("PROJECT_NOT_EDITABLE", {
        detail: "Chỉ sửa hồ sơ đề án khi đang lập hoặc được trả lại để bổ sung.",
      });
    }
    const { searchTextParts, ...columns } = projectColumns(input, provinceName);
    const row = updatedRow(
      await tx
        .update(project)
        .set({
          ...columns,
          searchText: projectSearchText(current.code, searchTextParts),
          ...nextVersion(current),
        })
        .where(rowAtVersion(project, id, version))
        .returning(),
    );
    await writeProjectChildren(tx, id, input, true);
    await writeAudit(tx, actor, meta, {
      action: "PROJECT_UPDATED",
      entity: "project",
      entityId: id,
      before: projectAuditSnapshot(current),
      after: projectAuditSnapshot(row),
    });
    return row;
  });
}
