import { Button, Empty, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../features/auth/current-user";

type ListEmptyStateProps = {
  /** What the list holds, in words that follow "Chưa có … nào": "đề án", "cơ sở". */
  what: string;
  /** Some filter is set: the list is empty because of it, and clearing it is the way out. */
  filtered: boolean;
  onClearFilters?: () => void;
  /**
   * Whether the list is limited to the user's data scope (most registers are; catalogues are not). Then the
   * message names the scope and says how to widen it.
   */
  scoped?: boolean;
  /** What else may fill the list (e.g. a link to the import): shown under the message when not filtered. */
  action?: ReactNode;
};

/**
 * What an empty list says: with filters, that nothing matches and a button to clear them; without, whose
 * scope is empty and what to do (widen the scope, add or import records).
 */
export function ListEmptyState({
  what,
  filtered,
  onClearFilters,
  scoped = true,
  action,
}: ListEmptyStateProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (filtered) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={4} align="center">
            <Typography.Text strong>{t("emptyState.filteredTitle")}</Typography.Text>
            <Typography.Text type="secondary">{t("emptyState.filteredHint")}</Typography.Text>
          </Flex>
        }
      >
        {onClearFilters ? <Button onClick={onClearFilters}>{t("emptyState.clearFilters")}</Button> : null}
      </Empty>
    );
  }
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical gap={4} align="center">
          <Typography.Text strong>
            {scoped
              ? t("emptyState.scopeTitle", { what, scope: me.scope.label })
              : t("emptyState.nothingTitle", { what })}
          </Typography.Text>
          {scoped && me.scope.kind !== "NATIONAL" ? (
            <Typography.Text type="secondary">{t("emptyState.widenScope")}</Typography.Text>
          ) : null}
        </Flex>
      }
    >
      {action}
    </Empty>
  );
}
