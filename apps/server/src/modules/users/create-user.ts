import { foldForSearch, normalizeText } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { account, user } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import { passwordHasher } from "../../platform/auth";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertScopeFits, scopeColumns } from "./user-rules";
import { auditSnapshot } from "./users.presenter";
import type { UserCreate } from "./users.schemas";

/**
 * Creates an account with its role, data scope and initial password. Only the system administrator manages
 * accounts (DESIGN.md "Who uses it"); self-registration does not exist. Account and audit row share one transaction.
 */
export async function createUser(options: {
  db: Db;
  actor: Actor | null;
  meta: RequestMeta;
  input: UserCreate;
  /** A hash of `input.password` made already: the demo seed hashes its one shared password once, not per account. */
  passwordHash?: string;
  /**
   * Whether the administrator chose the password, which the user must then change at first sign-in (Decision
   * 742). The administration route says so; the demo seed and test factories create ready-to-use accounts.
   */
  passwordChosenBy?: "administrator" | "owner";
}) {
  const { db, actor, meta, input } = options;
  const email = input.email.trim().toLowerCase();
  const name = normalizeText(input.name);
  await assertScopeFits(db, input.role, input.scope, input.organisationId);
  const passwordHash = options.passwordHash ?? (await passwordHasher.hash(input.password));
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
    if (existing) throw new AppError("USER_EMAIL_TAKEN");
    const id = crypto.randomUUID();
    const [row] = await tx
      .insert(user)
      .values({
        id,
        email,
        name,
        role: input.role,
        ...scopeColumns(input.scope),
        organisationId: input.organisationId ?? null,
        searchText: foldForSearch(`${name} ${email}`),
        mustChangePassword: options.passwordChosenBy === "administrator",
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await tx.insert(account).values({
      id: crypto.randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: passwordHash,
    });
    await writeAudit(tx, actor, meta, {
      action: "USER_CREATED",
      entity: "user",
      entityId: id,
      after: auditSnapshot(row),
    });
    return row;
  });
}
