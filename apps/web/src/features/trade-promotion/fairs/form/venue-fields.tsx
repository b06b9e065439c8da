import { Col, Form, Input, Row, Select } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { half } from "../../../../components/form-columns";
import { foldedSelectSearch } from "../../../../lib/text";
import { useDebouncedValue } from "../../../../lib/use-debounced-value";
import { useAdminUnits, useProvinceOptions } from "../../../admin-units/api";

/** Countries where Vietnamese CNNT fairs are usually held, named in Vietnamese by the browser. */
const COUNTRY_CODES = [
  "JP",
  "KR",
  "CN",
  "TW",
  "HK",
  "TH",
  "LA",
  "KH",
  "MM",
  "MY",
  "SG",
  "ID",
  "PH",
  "IN",
  "AE",
  "SA",
  "TR",
  "RU",
  "DE",
  "FR",
  "IT",
  "ES",
  "NL",
  "BE",
  "GB",
  "PL",
  "CZ",
  "US",
  "CA",
  "MX",
  "BR",
  "AU",
  "NZ",
  "ZA",
  "EG",
];

function useCountryOptions() {
  return useMemo(() => {
    const names = new Intl.DisplayNames(["vi"], { type: "region" });
    return COUNTRY_CODES.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` })).sort(
      (a, b) => a.label.localeCompare(b.label, "vi"),
    );
  }, []);
}

/**
 * Where the fair is held. At home: the province, then optionally the commune, both as they were on the opening
 * day (units are dated: a commune merged later still shows under its old name). Abroad: country and city.
 */
export function VenueFields({ abroad, asOf }: { abroad: boolean; asOf: string }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const provinces = useProvinceOptions(asOf);
  const provinceId = Form.useWatch<string | undefined>("venueProvinceId");
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const communes = useAdminUnits(
    { level: "XA", parentId: provinceId, asOf, q: q || undefined, page: 1, pageSize: 200 },
    { enabled: Boolean(provinceId) && !abroad },
  );
  const communeOptions = (communes.data?.items ?? [])
    .filter((unit) => unit.parentId === provinceId)
    .map((unit) => ({ value: unit.id, label: unit.name }));

  if (abroad) {
    return (
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item
            label={t("fairs.form.country")}
            name="venueCountryCode"
            rules={[{ required: true, message: t("fairs.form.countryRequired") }]}
          >
            <Select
              showSearch={foldedSelectSearch}
              options={countries}
              placeholder={t("fairs.form.countryPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("fairs.form.city")}
            name="venueCity"
            rules={[
              { required: true, whitespace: true, message: t("fairs.form.cityRequired") },
              { max: 300 },
            ]}
          >
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    );
  }
  return (
    <Row gutter={12}>
      <Col {...half}>
        <Form.Item
          label={t("fairs.form.venueProvince")}
          name="venueProvinceId"
          rules={[{ required: true, message: t("fairs.form.venueRequired") }]}
          extra={t("fairs.form.venueAsOf")}
        >
          <Select
            showSearch={foldedSelectSearch}
            loading={provinces.isPending}
            options={provinces.options}
            placeholder={t("fairs.form.venueProvincePlaceholder")}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label={t("fairs.form.venueCommune")} name="venueCommuneId">
          <Select
            allowClear
            disabled={!provinceId}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={Boolean(provinceId) && communes.isFetching}
            options={communeOptions}
            placeholder={t("fairs.form.venueCommunePlaceholder")}
            onOpenChange={(open) => {
              if (!open) setSearch("");
            }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
