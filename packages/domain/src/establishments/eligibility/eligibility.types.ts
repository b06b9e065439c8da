import type { AdminUnitKind, Confidence, IsoDate } from "../../reference/types";
import type {
  EligibilityVerdict,
  EligibleIndustry,
  LegalForm,
  PriorityArea,
  PriorityIndustry,
  SubjectClass,
} from "../establishment.constants";

/**
 * What the eligibility rules (DOMAIN §9.4) look at, and what they answer. Throughout, `null` means "not
 * recorded": a rule that needs a null fact answers UNKNOWN and names the fact, it never guesses.
 */

/** Urban class (loại đô thị) of the city a ward belongs to: special class, then 1 (largest) to 5. */
export type UrbanClass = "DAC_BIET" | "1" | "2" | "3" | "4" | "5";

/** A production site, described by the administrative unit in force on the evaluation date. */
export type SiteFacts = {
  unitId: string;
  /** Name with its kind, as officers read it, e.g. "Phường Mỹ Phú". */
  unitName: string;
  kind: AdminUnitKind;
  /** For a ward: the kind of the unit above it (THI_XA, TP_THUOC_TINH, QUAN …); null when not recorded. */
  parentKind: AdminUnitKind | null;
  /** For a ward: the urban class of its city (attribute URBAN_CLASS). */
  cityUrbanClass: UrbanClass | null;
  /** For a ward: when it was converted from a commune; "NEVER" when recorded as never having been one. */
  convertedFromCommuneOn: IsoDate | "NEVER" | null;
  /** Difficult or very difficult socio-economic area (DIFFICULT_AREA / VERY_DIFFICULT_AREA attributes). */
  difficultArea: boolean | null;
};

/** Figures of one year, money as exact đồng. */
export type YearFacts = {
  year: number;
  /** Average annual employees (the SME decrees since 2018 count those with social insurance). */
  employees: number | null;
  totalCapital: bigint | null;
  totalAssets: bigint | null;
  revenue: bigint | null;
  localMaterialSharePct: number | null;
  hasExportContract: boolean | null;
  cnhtProduct: boolean | null;
};

export type EligibilitySubject = {
  legalForm: LegalForm;
  subjectClass: SubjectClass;
  industries: readonly EligibleIndustry[];
  /** Production sites (not the registered office: Circ. 46/2012 Art. 3 looks at where production happens). */
  sites: readonly SiteFacts[];
  /** Figures of the year before the evaluation year; null when none were entered. */
  previousYear: YearFacts | null;
  /** Holds a valid representative-product certificate (bình chọn). Always false until selections exist. */
  hasValidRepresentativeProductCertificate: boolean;
  /** Fires clay bricks in improved manual or annular (Hoffmann) kilns (Circ. 46/2012 Art. 5). */
  usesPollutingBrickKiln: boolean | null;
  /**
   * Plan year the appraisal is for; defaults to the year of the evaluation date. The ≤ 5-year window for
   * converted wards ends on 31 December of (planYear − 1).
   */
  planYear?: number;
};

export type RuleCode = "E1" | "E2" | "E3" | "E3'" | "E4" | "E5";

export type RuleResult = {
  code: RuleCode;
  verdict: EligibilityVerdict;
  /** False when the rule does not concern this subject (e.g. E2 for a cooperative); the verdict is then ELIGIBLE. */
  applicable: boolean;
  reasonVi: string;
};

export type RuleSetInfo = {
  id: string;
  version: number;
  labelVi: string;
  confidence: Confidence;
};

export type RuleContext = {
  date: IsoDate;
  planYear: number;
  ruleSet: RuleSetInfo;
};

export type EligibilityRule = (subject: EligibilitySubject, context: RuleContext) => RuleResult;

export type PriorityFlag = {
  code: PriorityArea | PriorityIndustry;
  group: "AREA" | "INDUSTRY_B" | "INDUSTRY_A";
  labelVi: string;
  reasonVi: string;
};

export type PriorityRule = (subject: EligibilitySubject, context: RuleContext) => PriorityFlag[];

/** A dated, versioned set of rules tied to the legal documents it encodes (DOMAIN §9.8). */
export type EligibilityRuleSet = RuleSetInfo & {
  validFrom: IsoDate;
  /** Inclusive; null = still in force. */
  validTo: IsoDate | null;
  /** Document numbers, the main one first (it names the basis in the summary). */
  legalBasis: readonly string[];
  /** What is assumed or unverified in this set, for the rule-set screen. */
  noteVi: string;
  rules: readonly EligibilityRule[];
  priorityRule: PriorityRule;
};

export type EligibilityEvaluation = {
  ruleSet: RuleSetInfo | null;
  date: IsoDate;
  planYear: number;
  verdict: EligibilityVerdict;
  summaryVi: string;
  results: RuleResult[];
  priorityFlags: PriorityFlag[];
};
