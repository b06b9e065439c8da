import { allowedTransitions, checkTransition } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { project, projectStep } from "../../db/schema/index";
import { loadProjectSnapshot } from "./project-snapshot";

/**
 * The one step the system takes by itself (actor kind `system`, DOMAIN §4.2): once a project is settled and its
 * money reconciles (every đồng paid or refunded), it is closed — in the transaction of the write that settled it.
 */
export async function closeWhenReconciled(tx: Db, projectId: string, date: string): Promise<boolean> {
  const [row] = await tx.select().from(project).where(eq(project.id, projectId));
  if (!row) return false;
  const canClose = allowedTransitions(row.status, row.fundingLevel).some((t) => t.code === "CLOSE");
  if (!canClose) return false;
  const check = checkTransition(await loadProjectSnapshot(tx, row), "CLOSE", {
    actor: "system",
    date,
    documents: [],
  });
  if (!check.ok) return false;
  await tx
    .update(project)
    .set({ status: check.to, statusChangedAt: new Date(), version: row.version + 1, updatedAt: new Date() })
    .where(eq(project.id, projectId));
  await tx.insert(projectStep).values({
    projectId,
    code: "CLOSE",
    fromStatus: row.status,
    toStatus: check.to,
    effectiveOn: date,
    actorUserId: null,
    actorName: "Hệ thống",
    actorRole: "SYSTEM",
    note: "Đã quyết toán và đối chiếu xong kinh phí: đề án kết thúc.",
  });
  return true;
}
