import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { RecordHistory } from "../../audit/record-history";
import { useEstablishmentHistory } from "../api";

/** "Lịch sử thay đổi": who changed what and when, in words (labels, names, yearly tables), newest first. */
export function HistoryTab({ establishmentId }: { establishmentId: string }) {
  const history = useEstablishmentHistory(establishmentId, true);
  if (history.isPending) return <LoadingSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return <RecordHistory entries={history.data} testId="establishment-history" />;
}
