import { Card, Empty, Skeleton } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./error-alert";

/** Placeholder shown while a page's first data loads. */
export function LoadingSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div aria-busy="true">
      <Skeleton active title paragraph={{ rows }} />
    </div>
  );
}

/** Error block with a retry button, for a failed query. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return <ErrorAlert error={error} fallbackTitle={t("errors.loadFailed")} onRetry={onRetry} />;
}

/** Empty-state used as a table's `locale.emptyText`. */
export function EmptyState({ description }: { description?: string }) {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t("common.empty")} />;
}

/** A white panel around page content. */
export function Panel({ children }: { children: ReactNode }) {
  return <Card variant="outlined">{children}</Card>;
}
