import { Input, type InputProps } from "antd";
import { groupDigits, wholeDigits } from "../lib/money";

type MoneyInputProps = Omit<InputProps, "value" | "onChange"> & {
  /** Whole đồng as a digit string ("1250000000"). */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
};

const MAX_DIGITS = 15;

/**
 * An amount of đồng typed as digits and shown grouped ("1.250.000.000"); the form holds the digit string, so
 * no amount passes through a floating-point number.
 */
export function MoneyInput({ value, onChange, ...props }: MoneyInputProps) {
  return (
    <Input
      inputMode="numeric"
      autoComplete="off"
      suffix="đ"
      {...props}
      value={value ? groupDigits(value) : ""}
      onChange={(event) => {
        const digits = wholeDigits(event.target.value, MAX_DIGITS);
        onChange?.(digits === "" ? undefined : digits);
      }}
    />
  );
}
