import { foldForSearch, normalizeText } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { user } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { scopeFrom } from "../../platform/middleware";
import { assertScopeFits, scopeColumns } from "./user-rules";
import { auditSnapshot } from "./users.presenter";
import type { UserUpdate } from "./users.schemas";

/**
 * Changes name, role, scope or organisation. The row is locked and its version compared, so two administrators
 * editing at once cannot silently overwrite each other (409 for the second).
 */
export async function updateUser(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: UserUpdate;
}) {
  const { db, actor, meta, id, input } = options;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(user).where(eq(user.id, id)).for("update");
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("VERSION_CONFLICT");
    const role = input.role ?? (current.role as UserUpdate["role"] & string);
    const scope = input.scope ?? scopeFrom(current);
    const organisationId = input.organisationId === undefined ? current.organisationId : input.organisationId;
    await assertScopeFits(tx, role, scope, organisationId);
    const name = input.name ? normalizeText(input.name) : current.name;
    const [updated] = await tx
      .update(user)
      .set({
        name,
        role,
        ...scopeColumns(scope),
        organisationId,
        searchText: foldForSearch(`${name} ${current.email}`),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(user.id, id), eq(user.version, input.version)))
      .returning();
    if (!updated) throw new AppError("VERSION_CONFLICT");
    await writeAudit(tx, actor, meta, {
      action: "USER_UPDATED",
      entity: "user",
      entityId: id,
      before: auditSnapshot(current),
      after: auditSnapshot(updated),
    });
    return updated;
  });
}
