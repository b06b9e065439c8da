import { EmptyState } from "../../../components/query-state";

/**
 * Placeholder until the participations part lands: the fair page renders this tab; the real list of participants
 * (booths, support under the norm, import) replaces this file.
 */
export function FairParticipantsTab(_props: { fairId: string; canEdit: boolean }) {
  return <EmptyState description="Đang cập nhật" />;
}
