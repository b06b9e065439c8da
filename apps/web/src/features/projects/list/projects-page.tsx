import { AppstoreOutlined, FileExcelOutlined, PlusOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Segmented, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { useDownload } from "../../../lib/use-download";
import { useAbility } from "../../auth/current-user";
import { useProjects } from "../api";
import {
  filterQuery,
  type ProjectFilters,
  type ProjectListParams,
  type ProjectView,
  readListParams,
  writeListParams,
} from "../filters";
import { NEW_PROJECT_PATH, PROJECTS_PATH } from "../paths";
import { ProjectBoard } from "./project-board";
import { ProjectFilterBar } from "./project-filters";
import { ProjectTable } from "./project-table";

/** The list of projects the user may see: server-side search, filters, sort and paging, all kept in the URL. */
function ProjectList({
  params,
  listState,
  onNavigate,
}: {
  params: ProjectListParams;
  listState: { from: string };
  onNavigate: (patch: Partial<ProjectListParams>) => void;
}) {
  const { t } = useTranslation();
  const list = useProjects(params);
  if (list.isPending) return <LoadingSkeleton />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <ProjectTable
      params={params}
      page={list.data}
      loading={list.isFetching && list.isPlaceholderData}
      listState={listState}
      onNavigate={onNavigate}
      countLine={
        <Typography.Text aria-live="polite">
          {list.data.totalExact ? null : `${t("projects.moreThan")} `}
          <Typography.Text strong>
            <span data-testid="project-count">{formatNumber(list.data.total)}</span>
          </Typography.Text>{" "}
          {t("projects.countSuffix")}
        </Typography.Text>
      }
    />
  );
}

/** `/app/de-an`: the projects, as a table or as a board by phase. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useAbility("projects.create");
  const canExport = useAbility("projects.export");
  const download = useDownload(() => t("projects.exports.failed"));
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);

  // Changes start from the address bar, not from this render, so a quick second click keeps the first.
  const navigateTo = (patch: Partial<ProjectListParams>) => {
    const current = readListParams(new URLSearchParams(window.location.search));
    setSearchParams(writeListParams({ ...current, ...patch }), { replace: true });
  };
  const changeFilters = (patch: Partial<ProjectFilters>) => navigateTo({ ...patch, page: 1 });
  const listState = { from: `${PROJECTS_PATH}?${searchParams.toString()}` };

  return (
    <>
      <PageHeader
        title={t("projects.title")}
        description={t("projects.description")}
        extra={
          <Flex gap={8} wrap>
            <Segmented<ProjectView>
              aria-label={t("projects.views.label")}
              value={params.view}
              onChange={(view) => navigateTo({ view })}
              options={[
                {
                  value: "list",
                  label: t("projects.views.list"),
                  icon: <UnorderedListOutlined aria-hidden />,
                },
                { value: "board", label: t("projects.views.board"), icon: <AppstoreOutlined aria-hidden /> },
              ]}
            />
            {canExport ? (
              <Button
                icon={<FileExcelOutlined />}
                loading={download.pending === "list"}
                onClick={() =>
                  download.run("list", {
                    path: "/projects/export",
                    fallbackName: "de-an.xlsx",
                    query: filterQuery(params),
                  })
                }
              >
                {t("projects.exports.list")}
              </Button>
            ) : null}
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_PROJECT_PATH)}>
                {t("projects.create")}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Card variant="outlined">
        <ProjectFilterBar filters={params} onChange={changeFilters} />
        {params.view === "board" ? (
          <ProjectBoard params={params} listState={listState} />
        ) : (
          <ProjectList params={params} listState={listState} onNavigate={navigateTo} />
        )}
      </Card>
    </>
  );
}
