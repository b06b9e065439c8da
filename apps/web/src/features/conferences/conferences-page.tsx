import { PlusOutlined } from "@ant-design/icons";
import { formatDate, regionLabels } from "@kc/domain";
import { Button, Form, Select, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { useAbility } from "../auth/current-user";
import { type ConferenceList, type RegionFilter, useConferences } from "./api";
import { ConferenceForm } from "./conference-form";
import { conferencePath } from "./paths";

type Conference = ConferenceList["items"][number];

const regionOptions = (Object.keys(regionLabels) as RegionFilter[]).map((code) => ({
  value: code,
  label: regionLabels[code].vi,
}));

/** The regional conferences, newest first: "lần thứ IX", host, the province handed the flag, the figures' window. */
export function ConferencesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const region = (searchParams.get("khu-vuc") ?? undefined) as RegionFilter | undefined;
  const conferences = useConferences(region);
  const mayManage = useAbility("conferences.manage");
  const [adding, setAdding] = useState(false);
  const columns = [
    {
      title: t("conferences.conference"),
      key: "title",
      render: (_: unknown, c: Conference) => <Link to={conferencePath(c.id)}>{c.title}</Link>,
    },
    {
      title: t("conferences.heldOn"),
      key: "heldOn",
      render: (_: unknown, c: Conference) => formatDate(c.heldOn),
    },
    { title: t("conferences.host"), key: "host", render: (_: unknown, c: Conference) => c.host.name },
    {
      title: t("conferences.nextHost"),
      key: "nextHost",
      render: (_: unknown, c: Conference) => c.nextHost?.name ?? t("conferences.unknown"),
    },
    {
      title: t("conferences.period"),
      key: "period",
      render: (_: unknown, c: Conference) => `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}`,
    },
  ];
  return (
    <>
      <PageHeader
        title={t("conferences.title")}
        description={t("conferences.description")}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t("conferences.add")}
            </Button>
          ) : null
        }
      />
      {adding ? <ConferenceForm onClose={() => setAdding(false)} /> : null}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t("conferences.region")} htmlFor="conference-region">
          <Select<RegionFilter>
            id="conference-region"
            allowClear
            placeholder={t("conferences.allRegions")}
            style={{ minWidth: 260 }}
            value={region}
            options={regionOptions}
            onChange={(value) => {
              const next = new URLSearchParams(searchParams);
              if (value) next.set("khu-vuc", value);
              else next.delete("khu-vuc");
              setSearchParams(next, { replace: true });
            }}
          />
        </Form.Item>
      </Form>
      {conferences.isPending ? (
        <LoadingSkeleton />
      ) : conferences.isError ? (
        <ErrorState error={conferences.error} onRetry={() => void conferences.refetch()} />
      ) : (
        <Table<Conference>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={conferences.data.items}
          pagination={false}
          scroll={{ x: 820 }}
          locale={{ emptyText: t("conferences.empty") }}
        />
      )}
    </>
  );
}
