import { CalendarOutlined, PlusOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Segmented, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../../components/query-state";
import { formatNumber } from "../../../../lib/format";
import { useAbility } from "../../../auth/current-user";
import { useFairs } from "../api";
import { type FairFilters, type FairListParams, readFairListParams, writeFairParams } from "../filters";
import { FAIR_CALENDAR_PATH, FAIRS_PATH, NEW_FAIR_PATH } from "../paths";
import { FairFilterBar } from "./fair-filters";
import { FairTable } from "./fair-table";

type FairView = "list" | "calendar";

/** The header shared by the list and the calendar: the view switch and "Thêm hội chợ". */
export function FairsHeader({ view, search }: { view: FairView; search: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useAbility("tradePromotion.manage");
  return (
    <PageHeader
      title={t("fairs.title")}
      description={t("fairs.description")}
      extra={
        <Flex gap={8} wrap>
          <Segmented<FairView>
            aria-label={t("fairs.views.label")}
            value={view}
            onChange={(next) =>
              void navigate(`${next === "list" ? FAIRS_PATH : FAIR_CALENDAR_PATH}${search}`)
            }
            options={[
              { value: "list", label: t("fairs.views.list"), icon: <UnorderedListOutlined aria-hidden /> },
              { value: "calendar", label: t("fairs.views.calendar"), icon: <CalendarOutlined aria-hidden /> },
            ]}
          />
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_FAIR_PATH)}>
              {t("fairs.create")}
            </Button>
          ) : null}
        </Flex>
      }
    />
  );
}

function FairList({
  params,
  listState,
  onNavigate,
}: {
  params: FairListParams;
  listState: { from: string };
  onNavigate: (patch: Partial<FairListParams>) => void;
}) {
  const { t } = useTranslation();
  const list = useFairs(params);
  if (list.isPending) return <LoadingSkeleton />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <FairTable
      params={params}
      page={list.data}
      loading={list.isFetching && list.isPlaceholderData}
      listState={listState}
      onNavigate={onNavigate}
      countLine={
        <Typography.Text aria-live="polite">
          {list.data.totalExact ? null : `${t("fairs.moreThan")} `}
          <Typography.Text strong>
            <span data-testid="fair-count">{formatNumber(list.data.total)}</span>
          </Typography.Text>{" "}
          {t("fairs.countSuffix")}
        </Typography.Text>
      }
    />
  );
}

/** `/app/hoi-cho-trien-lam`: the fairs the user may see, filtered on the server, the filters kept in the URL. */
export function FairsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readFairListParams(searchParams), [searchParams]);
  const navigateTo = (patch: Partial<FairListParams>) => {
    const current = readFairListParams(new URLSearchParams(window.location.search));
    setSearchParams(writeFairParams({ ...current, ...patch }), { replace: true });
  };
  const changeFilters = (patch: Partial<FairFilters>) => navigateTo({ ...patch, page: 1 });
  const search = searchParams.toString();
  return (
    <>
      <FairsHeader view="list" search={search ? `?${search}` : ""} />
      <Card variant="outlined">
        <FairFilterBar filters={params} onChange={changeFilters} />
        <FairList params={params} listState={{ from: `${FAIRS_PATH}?${search}` }} onNavigate={navigateTo} />
      </Card>
    </>
  );
}
