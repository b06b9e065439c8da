import { SearchOutlined } from "@ant-design/icons";
import { Input } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

const DELAY_MS = 350;

type SearchInputProps = {
  /** The applied search text. */
  value: string;
  onSearch: (value: string) => void;
  placeholder?: string;
  /** Accessible name; defaults to "Tìm kiếm". */
  label?: string;
  width?: number;
};

/**
 * Search box that applies the text when the user pauses typing (or at once on Enter). The server folds
 * diacritics, so "dong thap" finds "Đồng Tháp".
 */
export function SearchInput({ value, onSearch, placeholder, label, width = 320 }: SearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const apply = (next: string) => {
    window.clearTimeout(timer.current);
    if (next.trim() !== value) onSearch(next.trim());
  };

  return (
    <Input
      type="search"
      aria-label={label ?? t("common.search")}
      placeholder={placeholder}
      prefix={<SearchOutlined aria-hidden />}
      allowClear
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => apply(next), DELAY_MS);
      }}
      onPressEnter={() => apply(text)}
      style={{ width, maxWidth: "100%" }}
    />
  );
}
