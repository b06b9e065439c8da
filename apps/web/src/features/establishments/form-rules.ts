/**
 * Client-side mirrors of the field rules in `@kc/domain` (establishments/establishment.fields.ts and
 * establishment.constants.ts), so most mistakes are caught before sending. The server remains the authority:
 * whatever it refuses comes back as field errors.
 */
export const limits = {
  name: 250,
  owner: 150,
  address: 500,
  products: 1000,
  businessRegNo: 30,
  phone: 20,
  email: 254,
  website: 255,
  sites: 20,
  yearData: 50,
  industries: 7,
  vsicCodes: 10,
  yearMin: 2000,
  yearMax: 2100,
  employees: 1_000_000,
  dongDigits: 18,
} as const;

/** 10 digits, 10 + 3 (branch, with or without the hyphen) or 12 digits; spaces and dots are ignored. */
export function isTaxCode(text: string): boolean {
  const compact = text
    .normalize("NFKC")
    .replace(/[\s.]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
  return /^(\d{10}(-?\d{3})?|\d{12})$/.test(compact);
}

export const BUSINESS_REG_NO = /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u;

/** Digits with spaces, dots, dashes and brackets, an optional leading +, 8 to 12 digits in all. */
export function isPhone(text: string): boolean {
  const value = text.trim();
  if (!/^\+?\d[\d .()-]*$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 8 && digits <= 12;
}

/** A bare domain or an http(s) address; other schemes (javascript:, data:) never match. */
export const WEBSITE = /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/** VSIC 2018 level-4 or level-5 code. */
export const VSIC_CODE = /^\d{4,5}$/;
