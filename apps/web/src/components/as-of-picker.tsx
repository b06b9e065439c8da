import { todayInVietnam } from "@kc/domain";
import { Button, DatePicker, Flex, Form } from "antd";
import dayjs from "dayjs";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DATE_FORMAT } from "../lib/format";

/** 01/01/2024: a date when the 63 pre-2025 provinces were in force (the merger took effect 01/07/2025). */
export const BEFORE_MERGER_DATE = "2024-01-01";

type AsOfPickerProps = {
  /** ISO date `YYYY-MM-DD`. */
  value: string;
  onChange: (value: string) => void;
};

/** "Thời điểm" date picker with quick choices for the pre-merger map and today. */
export function AsOfPicker({ value, onChange }: AsOfPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInVietnam();
  return (
    <Flex gap={8} wrap align="center">
      <Form.Item label={t("common.asOf")} htmlFor={id} style={{ marginBottom: 0 }}>
        <DatePicker
          id={id}
          format={DATE_FORMAT}
          value={dayjs(value)}
          allowClear={false}
          onChange={(date) => {
            if (date) onChange(date.format("YYYY-MM-DD"));
          }}
        />
      </Form.Item>
      <Button
        onClick={() => onChange(BEFORE_MERGER_DATE)}
        type={value === BEFORE_MERGER_DATE ? "primary" : "default"}
        ghost={value === BEFORE_MERGER_DATE}
      >
        {t("common.asOfBeforeMerger")}
      </Button>
      <Button
        onClick={() => onChange(today)}
        type={value === today ? "primary" : "default"}
        ghost={value === today}
      >
        {t("common.asOfCurrent")}
      </Button>
    </Flex>
  );
}
