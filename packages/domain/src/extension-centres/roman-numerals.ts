/**
 * Conference ordinals are printed in Roman numerals ("Hội nghị khuyến công các tỉnh phía Nam lần thứ IX",
 * DOMAIN §2.1 #23, #44). Only 1–3999 have a standard Roman form; anything else is a programming error upstream
 * (the input schema limits the ordinal), so it throws instead of printing something no reader would recognise.
 */
const numerals: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export const ROMAN_NUMERAL_MAX = 3999;

/** 9 → "IX", 18 → "XVIII", 2024 → "MMXXIV". */
export function toRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > ROMAN_NUMERAL_MAX) {
    throw new RangeError(`Số La Mã chỉ viết được cho số nguyên từ 1 đến ${ROMAN_NUMERAL_MAX}, nhận ${value}`);
  }
  let rest = value;
  let text = "";
  for (const [amount, symbol] of numerals) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}

/** 9 → "lần thứ IX", as the conference titles print it. */
export function conferenceOrdinalLabel(ordinal: number): string {
  return `lần thứ ${toRomanNumeral(ordinal)}`;
}
