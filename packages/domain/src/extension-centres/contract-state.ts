/**
 * Where a centre's consulting or service contract stands (DOMAIN §3.7, §5 "Consulting": contract, acceptance and
 * liquidation minutes). A contract in progress has no end date yet; an accepted or liquidated one has the day its
 * work was accepted. The figures count every contract by its signing date whatever its state (§9.7 Q5).
 */
export const consultingContractStates = ["IN_PROGRESS", "ACCEPTED", "LIQUIDATED"] as const;
export type ConsultingContractState = (typeof consultingContractStates)[number];

export const consultingContractStateLabels: Record<ConsultingContractState, string> = {
  IN_PROGRESS: "Đang thực hiện",
  ACCEPTED: "Đã nghiệm thu",
  LIQUIDATED: "Đã thanh lý",
};

/** The state of a contract recorded without one (older callers): finished when it has an end date. */
export const impliedContractState = (finishedOn: string | null): ConsultingContractState =>
  finishedOn === null ? "IN_PROGRESS" : "ACCEPTED";

/**
 * Why a contract can no longer be deleted, or null while it can. Deleting is for a contract recorded by mistake:
 * once money was received on it, or its work was accepted, it is part of the centre's reported revenue and is
 * corrected by editing, so the history of the figures stays in the audit log instead of vanishing.
 */
export function contractDeletionRefusal(contract: {
  state: ConsultingContractState;
  revenueReceived: bigint;
}): string | null {
  if (contract.state !== "IN_PROGRESS") {
    return `Hợp đồng ${consultingContractStateLabels[contract.state].toLowerCase()}, không xóa được; hãy sửa nếu ghi sai`;
  }
  if (contract.revenueReceived > 0n) {
    return "Hợp đồng đã có doanh thu, không xóa được; hãy sửa số liệu nếu ghi sai";
  }
  return null;
}
