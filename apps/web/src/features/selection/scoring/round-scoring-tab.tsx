import { ScoringPanel } from "./scoring-panel";

/** The round page's "Chấm điểm" tab: the same panel as the scoring page, under the round's own header. */
export function RoundScoringTab({ roundId }: { roundId: string }) {
  return <ScoringPanel roundId={roundId} />;
}
