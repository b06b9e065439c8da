import { z } from "@hono/zod-openapi";
import {
  type ActionAvailability,
  councilComposition,
  memberBodyCodes,
  memberRoleCodes,
  type RoundReadinessFacts,
  type RoundStepCaller,
  regionCodes,
  roundStatusCodes,
  roundStepActions,
  roundStepCodes,
  roundStepRequirements,
  roundSteps,
  roundStepsFrom,
  selectionLevelCodes,
  yearParityWarning,
} from "@kc/domain";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import type { MemberRow, RoundRow, roundPageData } from "./rounds.queries";

const reasonSchema = z.object({ code: z.string(), messageVi: z.string() });

export const roundListItemSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    level: z.enum(selectionLevelCodes),
    regionCode: z.enum(regionCodes).nullable(),
    provinceId: z.string().nullable(),
    provinceName: z.string().nullable(),
    year: z.number().int(),
    organiserName: z.string(),
    status: z.enum(roundStatusCodes),
    parityWarning: z.string().nullable().describe("S7: năm không đúng nhịp thường lệ (chỉ cảnh báo)"),
    version: z.number().int(),
  })
  .openapi("SelectionRoundListItem");

const decisionSchema = z.object({
  id: z.string(),
  fromStatus: z.enum(roundStatusCodes).nullable(),
  toStatus: z.enum(roundStatusCodes),
  number: z.string().nullable(),
  issuedOn: z.string(),
  signer: z.string().nullable(),
  signerAuthority: z.string().nullable(),
  title: z.string(),
  note: z.string(),
  fileId: z.string().nullable(),
  fileName: z.string().nullable(),
  fileUrl: z.string().nullable().describe("Tải tệp quyết định (khi có)"),
  createdAt: z.string(),
});

export const compositionSchema = z
  .object({
    councilSize: z.number().int(),
    jurySize: z.number().int(),
    expertSize: z.number().int(),
    councilMin: z.number().int(),
    councilMax: z.number().int(),
    problems: z.array(reasonSchema).describe("Các quy định S3 chưa đáp ứng"),
  })
  .openapi("SelectionCouncilComposition");

const stepSchema = z.object({
  step: z.enum(roundStepCodes),
  to: z.enum(roundStatusCodes),
  labelVi: z.string(),
  documentVi: z.string(),
  needsDecision: z.boolean(),
  requirements: z.array(reasonSchema).describe("Điều kiện chưa đáp ứng, ai hỏi cũng thấy"),
});

export const roundDetailSchema = roundListItemSchema
  .extend({
    districtUnitId: z.string().nullable(),
    districtName: z.string().nullable(),
    organiserOrgId: z.string().nullable(),
    fundingProjectId: z.string().nullable(),
    fundingProjectCode: z.string().nullable(),
    fundingNormCode: z.enum(["g1", "g2"]).nullable(),
    fundingCapDong: z.string().nullable().describe("Mức trần g1/g2 (đồng) theo định mức đang áp dụng"),
    planDecision: z
      .object({
        number: z.string().nullable(),
        issuedOn: z.string().nullable(),
        signer: z.string().nullable(),
        fileId: z.string().nullable(),
      })
      .nullable(),
    statusChangedAt: z.string(),
    frameApprovedAt: z.string().nullable(),
    scoringClosedAt: z.string().nullable(),
    resultsNotifiedOn: z.string().nullable(),
    complaintWindowEndsOn: z.string().nullable(),
    composition: compositionSchema,
    decisions: z.array(decisionSchema),
    nextSteps: z.array(stepSchema),
    myRoles: z.array(z.enum(memberRoleCodes)).describe("Vai trò của người xem trong đợt (giám khảo, thư ký)"),
    actions: z.object({
      update: actionAvailabilitySchema.optional(),
      manageMembers: actionAvailabilitySchema.optional(),
      steps: z.partialRecord(z.enum(roundStepCodes), actionAvailabilitySchema),
    }),
  })
  .openapi("SelectionRoundDetail");

export const memberSchema = z
  .object({
    id: z.string(),
    body: z.enum(memberBodyCodes),
    role: z.enum(memberRoleCodes),
    fullName: z.string(),
    position: z.string(),
    organisationName: z.string(),
    userId: z.string().nullable(),
    accountEmail: z.string().nullable(),
    conflictEstablishmentIds: z.array(z.string()),
    active: z.boolean(),
    version: z.number().int(),
  })
  .openapi("SelectionMember");

export const memberListSchema = z
  .object({
    items: z.array(memberSchema),
    composition: compositionSchema,
    canManage: actionAvailabilitySchema.optional(),
  })
  .openapi("SelectionMemberList");

export function presentRoundListItem(round: RoundRow, provinceName: string | null) {
  return {
    id: round.id,
    code: round.code,
    title: round.title,
    level: round.level,
    regionCode: round.regionCode as (typeof regionCodes)[number] | null,
    provinceId: round.provinceId,
    provinceName,
    year: round.year,
    organiserName: round.organiserName,
    status: round.status,
    parityWarning: yearParityWarning(round.level, round.year),
    version: round.version,
  };
}

export type RoundActions = {
  update?: ActionAvailability;
  manageMembers?: ActionAvailability;
};

export function presentRoundDetail(
  round: RoundRow,
  page: Awaited<ReturnType<typeof roundPageData>>,
  caller: RoundStepCaller,
  actions: RoundActions,
) {
  const facts: RoundReadinessFacts = page.facts;
  return {
    ...presentRoundListItem(round, page.provinceName),
    districtUnitId: round.districtUnitId,
    districtName: page.districtName,
    organiserOrgId: round.organiserOrgId,
    fundingProjectId: round.fundingProjectId,
    fundingProjectCode: page.fundingProjectCode,
    fundingNormCode:
      round.level === "KHU_VUC" ? ("g1" as const) : round.level === "QUOC_GIA" ? ("g2" as const) : null,
    fundingCapDong: page.fundingCapDong,
    planDecision: round.planDecisionNumber
      ? {
          number: round.planDecisionNumber,
          issuedOn: round.planDecisionOn,
          signer: round.planDecisionSigner,
          fileId: round.planDecisionFileId,
        }
      : null,
    statusChangedAt: round.statusChangedAt.toISOString(),
    frameApprovedAt: round.frameApprovedAt?.toISOString() ?? null,
    scoringClosedAt: round.scoringClosedAt?.toISOString() ?? null,
    resultsNotifiedOn: round.resultsNotifiedOn,
    complaintWindowEndsOn: round.complaintWindowEndsOn,
    composition: facts.composition,
    decisions: page.decisions.map((d) => ({
      id: d.id,
      fromStatus: d.fromStatus,
      toStatus: d.toStatus,
      number: d.number,
      issuedOn: d.issuedOn,
      signer: d.signer,
      signerAuthority: d.signerAuthority,
      title: d.title,
      note: d.note,
      fileId: d.fileId,
      fileName: d.fileName,
      fileUrl: d.fileId ? `/api/v1/selection-rounds/${round.id}/decisions/${d.id}/file` : null,
      createdAt: d.createdAt.toISOString(),
    })),
    nextSteps: roundStepsFrom(round.status, round.level).map((step) => ({
      step,
      to: roundSteps[step].to,
      labelVi: roundSteps[step].labelVi,
      documentVi: roundSteps[step].documentVi,
      needsDecision: roundSteps[step].needsDecision,
      requirements: roundStepRequirements(step, facts),
    })),
    myRoles: page.myRoles,
    actions: { ...actions, steps: roundStepActions(facts, caller) },
  };
}

export function presentMember(member: MemberRow, accountEmail: string | null) {
  return {
    id: member.id,
    body: member.body,
    role: member.role,
    fullName: member.fullName,
    position: member.position,
    organisationName: member.organisationName,
    userId: member.userId,
    accountEmail,
    conflictEstablishmentIds: member.conflictEstablishmentIds,
    active: member.active,
    version: member.version,
  };
}

export function presentMemberList(
  round: RoundRow,
  members: { member: MemberRow; email: string | null }[],
  canManage: ActionAvailability | undefined,
) {
  return {
    items: members.map(({ member, email }) => presentMember(member, email)),
    composition: councilComposition(
      round.level,
      members.map(({ member }) => member),
    ),
    ...(canManage ? { canManage } : {}),
  };
}
