import { type EstablishmentCreate, taxCodeCheckDigit } from "@kc/domain";

/**
 * Builders of establishment inputs, used by the demo seed and by the tests alike (STYLE.md rule 14), so demo data
 * goes through the same validation and use case as an officer's form.
 */
export function buildEstablishmentInput(overrides: Partial<EstablishmentCreate> = {}): EstablishmentCreate {
  return {
    name: "Cơ sở mây tre đan Phú Thạnh",
    legalForm: "HKD",
    subjectClass: "CNNT",
    taxCode: null,
    businessRegNo: null,
    ownerName: "Nguyễn Văn Thạnh",
    communeId: "XA-28249-2025-07-01",
    addressText: "Ấp 3",
    sites: [],
    industries: ["N_DD"],
    vsicCodes: [],
    mainProducts: "Giỏ, lẵng mây tre đan xuất khẩu",
    phone: null,
    email: null,
    website: null,
    yearData: [{ year: 2025, employees: 12, revenue: "1500000000", hasExportContract: true }],
    ...overrides,
  } as EstablishmentCreate;
}

/** A deterministic pseudo-random source (mulberry32), so the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A syntactically valid 10-digit enterprise tax code (2-digit province prefix, 7 digits, check digit). */
export function taxCodeFrom(serial: number, provincePrefix: string): string {
  for (let bump = 0; bump < 20; bump++) {
    const firstNine = `${provincePrefix}${String(serial * 7 + bump).padStart(7, "0")}`.slice(0, 9);
    const check = taxCodeCheckDigit(firstNine);
    if (check !== null && check >= 0 && check <= 9) return `${firstNine}${check}`;
  }
  throw new Error("no tax code");
}
