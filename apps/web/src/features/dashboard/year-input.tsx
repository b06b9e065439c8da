import { Form, Input } from "antd";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { YEAR_MAX, YEAR_MIN } from "./params";

/** The year as typed, if it is one the dashboard accepts (the same range the address bar accepts). */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

/**
 * The year, typed (a list of twenty-odd years is slower to use than four keys). It is applied on Enter or when
 * the field is left; anything else stays in the field with a message and is never sent.
 */
export function YearInput({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(year));
  const [invalid, setInvalid] = useState(false);

  // A year changed elsewhere (back button, a link) shows here.
  useEffect(() => {
    setText(String(year));
    setInvalid(false);
  }, [year]);

  const apply = () => {
    const parsed = parseYear(text);
    setInvalid(parsed === null);
    if (parsed !== null && parsed !== year) onChange(parsed);
  };

  return (
    <Form.Item
      label={t("dashboard.controls.year")}
      htmlFor={id}
      style={{ marginBottom: 0 }}
      validateStatus={invalid ? "error" : undefined}
      help={invalid ? t("dashboard.controls.yearInvalid", { min: YEAR_MIN, max: YEAR_MAX }) : undefined}
    >
      <Input
        id={id}
        inputMode="numeric"
        maxLength={4}
        style={{ width: 90 }}
        value={text}
        title={t("dashboard.controls.yearHint")}
        aria-invalid={invalid}
        onChange={(event) => setText(event.target.value)}
        onPressEnter={apply}
        onBlur={apply}
      />
    </Form.Item>
  );
}
