import { foldForSearch, normalizeText } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { user } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { scopeFrom } from "../../platform/middleware";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
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
    const [locked] = await tx.select().from(user).where(eq(user.id, id)).for("update");
    const current = atExpectedVersion(locked, input.version);
    const role = input.role ?? current.role;
    const scope = input.scope ?? scopeFrom(current);
    const organisationId = input.organisationId === undefined ? current.organisationId : input.organisationId;
    await assertScopeFits(tx, role, scope, organisationId);
    const name = input.name ? normalizeText(input.name) : current.name;
    const updated = updatedRow(
      await tx
        .update(user)
        .set({
          name,
          role,
          ...scopeColumns(scope),
          organisationId,
          searchText: foldForSearch(`${name} ${current.email}`),
          ...nextVersion(current),
        })
        .where(rowAtVersion(user, id, input.version))
        .returning(),
    );
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
