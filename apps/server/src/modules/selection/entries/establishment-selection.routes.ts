import { createRoute, z } from "@hono/zod-openapi";
import {
  certificateStatusCodes,
  certificateStatusOn,
  entryStatusCodes,
  productGroupCodes,
  roundStatusCodes,
  selectionLevelCodes,
  todayInVietnam,
} from "@kc/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import { selectionCertificate, selectionEntry, selectionRound } from "../../../db/schema/index";
import { cookieAuth, createRouter, errorResponses, idParam } from "../../../platform/router";
import { establishmentPolicy } from "../../establishments/establishments.policy";
import { findEstablishmentInScope } from "../../establishments/establishments.queries";
import { roundScopeFilter } from "../round-access";
import { entryPolicy } from "./entries.policy";

const selectionOfEstablishmentSchema = z
  .object({
    entries: z.array(
      z.object({
        id: z.string(),
        roundId: z.string(),
        roundTitle: z.string(),
        roundLevel: z.enum(selectionLevelCodes),
        roundYear: z.number().int(),
        roundStatus: z.enum(roundStatusCodes),
        /** Whether the caller reaches the round itself (a province does not reach regional rounds). */
        roundReachable: z.boolean(),
        productName: z.string(),
        productGroup: z.enum(productGroupCodes),
        status: z.enum(entryStatusCodes),
        meanScore: z.string().nullable(),
      }),
    ),
    certificates: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        level: z.enum(selectionLevelCodes),
        year: z.number().int(),
        productName: z.string(),
        productGroup: z.enum(productGroupCodes),
        issuedOn: z.string(),
        validUntil: z.string(),
        status: z.enum(certificateStatusCodes).describe("Trạng thái hôm nay (hết hiệu lực tính theo ngày)"),
        revokedOn: z.string().nullable(),
        publicId: z.string(),
      }),
    ),
  })
  .openapi("EstablishmentSelection");

/**
 * The establishment page's "Bình chọn sản phẩm" tab: every entry of the establishment, whatever the round's level
 * (a province sees its establishments' regional and national entries here, not the rounds themselves), and the
 * certificates it holds with their state today. Reads certificates; never writes them.
 */
export const establishmentSelectionRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/establishments/{id}/selection",
    tags: ["Cơ sở CNNT"],
    summary: "Sản phẩm của cơ sở đã tham gia bình chọn và giấy chứng nhận sản phẩm CNNT tiêu biểu",
    security: cookieAuth,
    request: { params: idParam },
    responses: {
      200: {
        content: { "application/json": { schema: selectionOfEstablishmentSchema } },
        description: "Danh sách",
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const actor = await establishmentPolicy.authorize(c, "establishments.read", id);
    await entryPolicy.authorize(c, "selection.read", id);
    const { db } = c.get("deps");
    await establishmentPolicy.inScopeOr404(c, await findEstablishmentInScope(db, actor, id), id);
    const entries = await db
      .select({ entry: selectionEntry, round: selectionRound })
      .from(selectionEntry)
      .innerJoin(selectionRound, eq(selectionRound.id, selectionEntry.roundId))
      .where(eq(selectionEntry.establishmentId, id))
      .orderBy(desc(selectionRound.year), selectionEntry.productNameFolded)
      .limit(500);
    const roundIds = [...new Set(entries.map((e) => e.round.id))];
    const reachable = new Set(
      roundIds.length === 0
        ? []
        : (
            await db
              .select({ id: selectionRound.id })
              .from(selectionRound)
              .where(and(inArray(selectionRound.id, roundIds), roundScopeFilter(actor)))
          ).map((r) => r.id),
    );
    const certificates = await db
      .select()
      .from(selectionCertificate)
      .where(eq(selectionCertificate.establishmentId, id))
      .orderBy(desc(selectionCertificate.issuedOn), selectionCertificate.number)
      .limit(500);
    const today = todayInVietnam();
    return c.json(
      {
        entries: entries.map(({ entry, round }) => ({
          id: entry.id,
          roundId: round.id,
          roundTitle: round.title,
          roundLevel: round.level,
          roundYear: round.year,
          roundStatus: round.status,
          roundReachable: reachable.has(round.id),
          productName: entry.productName,
          productGroup: entry.productGroup,
          status: entry.status,
          meanScore: entry.meanScore,
        })),
        certificates: certificates.map((cert) => ({
          id: cert.id,
          number: cert.number,
          level: cert.level,
          year: cert.year,
          productName: cert.productName,
          productGroup: cert.productGroup,
          issuedOn: cert.issuedOn,
          validUntil: cert.validUntil,
          status: certificateStatusOn(cert, today),
          revokedOn: cert.revokedOn,
          publicId: cert.publicId,
        })),
      },
      200,
    );
  },
);
