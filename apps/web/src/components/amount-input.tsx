import { InputNumber, type InputNumberProps } from "antd";
import { groupDigits, wholeDigits } from "../lib/money";

type AmountInputProps = Omit<InputNumberProps<string>, "value" | "onChange" | "stringMode"> & {
  /** A whole number as a digit string ("1250000000"). */
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Shown after the number, e.g. "đ". */
  unit?: string;
};

const MAX_DIGITS = 18;

const digitsOf = (text: string | undefined) => wholeDigits(text, MAX_DIGITS);

/**
 * A non-negative whole number (đồng or a count) shown with Vietnamese grouping, "1.250.000.000". It runs in
 * string mode, so amounts beyond 2^53 never pass through a float; the parser keeps digits only, which turns a
 * typed "1.250.000" into 1250000 and leaves no way to enter a sign or decimals. Used by the plans module;
 * `MoneyInput` is the plain text box the project forms use (a different widget, so it stays a separate one).
 */
export function AmountInput({ value, onChange, unit, ...props }: AmountInputProps) {
  return (
    <InputNumber<string>
      stringMode
      min="0"
      precision={0}
      controls={false}
      inputMode="numeric"
      autoComplete="off"
      style={{ width: "100%" }}
      suffix={unit}
      {...props}
      value={value ?? null}
      formatter={(raw) => groupDigits(digitsOf(raw === undefined ? "" : String(raw)))}
      parser={(display) => digitsOf(display)}
      onChange={(next) => {
        const digits = digitsOf(next ?? "");
        onChange?.(digits === "" ? null : digits);
      }}
    />
  );
}
