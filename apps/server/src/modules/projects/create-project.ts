import type { ProjectCreate } from "@kc/domain";
import type { Db } from "../../db/client";
import { project, projectStep } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { isUniqueViolation } from "../../platform/unique-violation";
import {
  checkProjectReferences,
  nextProjectCode,
  projectAuditSnapshot,
  projectColumns,
  projectSearchText,
  writeProjectChildren,
} from "./project-record";

const CODE_ATTEMPTS = 3;

/**
 * Proposes a project (state DRAFT) in the actor's reach, with its children, the first step of its timeline and
 * its audit row in one transaction. The code is the next in its series; two creators racing for the same number
 * meet the unique index, and the loser takes the next one.
 */
export async function createProject(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: ProjectCreate;
}) {
  const { db, actor, meta, input } = options;
  const { provinceName, provinceCode, today } = await checkProjectReferences(db, actor, input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const code = await nextProjectCode(tx, input, provinceCode);
        const { searchTextParts, ...columns } = projectColumns(input, provinceName);
        const [row] = await tx
          .insert(project)
          .values({
            id: crypto.randomUUID(),
            code,
            ...columns,
            status: "DRAFT",
            searchText: projectSearchText(code, searchTextParts),
            createdBy: actor.userId,
          })
          .returning();
        if (!row) throw new AppError("INTERNAL");
        await writeProjectChildren(tx, row.id, input, false);
        await tx.insert(projectStep).values({
          projectId: row.id,
          code: "CREATE",
          fromStatus: null,
          toStatus: "DRAFT",
          effectiveOn: today,
          actorUserId: actor.userId,
          actorName: actor.name,
          actorRole: actor.role,
        });
        await writeAudit(tx, actor, meta, {
          action: "PROJECT_CREATED",
          entity: "project",
          entityId: row.id,
          after: projectAuditSnapshot(row),
        });
        return row;
      });
    } catch (error) {
      if (attempt < CODE_ATTEMPTS && isCodeConflict(error)) continue;
      throw error;
    }
  }
}

function isCodeConflict(error: unknown): boolean {
  return isUniqueViolation(error, "project_code");
}
