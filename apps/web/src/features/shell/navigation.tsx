import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FlagOutlined,
  InboxOutlined,
  PieChartOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  ShopOutlined,
  ShoppingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { Messages } from "../../locales";

export type NavLabel = keyof Messages["nav"];

export type NavItem = {
  /** Path under /app; also the menu key. */
  path: string;
  label: NavLabel;
  icon?: ReactNode;
  /** Planned module, not built yet: the menu shows "Sắp có" and the route a coming-soon page. */
  coming?: boolean;
  /** Shown only when the user has one of these abilities. */
  anyOf?: readonly string[];
  children?: NavItem[];
};

export const AUDIT_ABILITIES = ["audit.read"] as const;
export const USER_ABILITIES = ["users.manage", "users.read"] as const;
export const ESTABLISHMENT_ABILITIES = ["establishments.read"] as const;
export const ESTABLISHMENT_CREATE_ABILITIES = ["establishments.create"] as const;
export const PROJECT_ABILITIES = ["projects.read"] as const;
export const PROJECT_CREATE_ABILITIES = ["projects.create"] as const;
export const PLAN_ABILITIES = ["plans.read"] as const;
export const DASHBOARD_ABILITIES = ["dashboard.read"] as const;
export const FAIR_ABILITIES = ["tradePromotion.read"] as const;
export const FAIR_CREATE_ABILITIES = ["tradePromotion.manage"] as const;
export const TRADE_PROMOTION_ABILITIES = ["tradePromotion.read"] as const;
export const TRADE_PROMOTION_MANAGE_ABILITIES = ["tradePromotion.manage"] as const;
export const SELECTION_ABILITIES = ["selection.read"] as const;
export const CENTRE_ABILITIES = ["centres.read"] as const;
export const CONFERENCE_ABILITIES = ["conferences.read"] as const;
export const REPORT_ABILITIES = ["reports.read"] as const;
export const REPORT_TEMPLATE_ABILITIES = ["reportTemplates.read"] as const;
export const SELECTION_MANAGE_ABILITIES = ["selection.manage"] as const;
/** Everyone who works with the registers or accounts reads the catalogues; jurors and secretaries see only their rounds. */
export const CATALOGUE_ABILITIES = [
  "catalogues.manage",
  "establishments.read",
  "projects.read",
  "users.read",
] as const;

/** Every planned module, in menu order. Routes for coming modules are generated from this list. */
export const navigation: NavItem[] = [
  { path: "tong-quan", label: "dashboard", icon: <DashboardOutlined />, anyOf: DASHBOARD_ABILITIES },
  { path: "viec-can-xu-ly", label: "tasks", icon: <CheckSquareOutlined />, anyOf: PROJECT_ABILITIES },
  { path: "co-so-cnnt", label: "establishments", icon: <ShopOutlined />, anyOf: ESTABLISHMENT_ABILITIES },
  { path: "de-an", label: "projects", icon: <ProjectOutlined />, anyOf: PROJECT_ABILITIES },
  { path: "ke-hoach", label: "plans", icon: <ScheduleOutlined />, anyOf: PLAN_ABILITIES },
  { path: "hoi-cho-trien-lam", label: "fairs", icon: <FlagOutlined />, anyOf: FAIR_ABILITIES },
  {
    path: "xuc-tien-thuong-mai",
    label: "tradePromotion",
    icon: <ShoppingOutlined />,
    anyOf: TRADE_PROMOTION_ABILITIES,
    children: [
      { path: "xuc-tien-thuong-mai/phong-trung-bay", label: "showrooms" },
      { path: "xuc-tien-thuong-mai/thuong-hieu", label: "brands" },
    ],
  },
  { path: "binh-chon-san-pham", label: "selections", icon: <TrophyOutlined />, anyOf: SELECTION_ABILITIES },
  {
    path: "mang-luoi-khuyen-cong",
    label: "centresGroup",
    icon: <BankOutlined />,
    anyOf: [...CENTRE_ABILITIES, ...CONFERENCE_ABILITIES],
    children: [
      { path: "mang-luoi-khuyen-cong/trung-tam", label: "centres", anyOf: CENTRE_ABILITIES },
      { path: "mang-luoi-khuyen-cong/hoi-nghi", label: "conferences", anyOf: CONFERENCE_ABILITIES },
    ],
  },
  { path: "bao-cao", label: "reports", icon: <BarChartOutlined />, anyOf: REPORT_ABILITIES },
  { path: "bao-cao-cua-toi", label: "myReports", icon: <InboxOutlined />, anyOf: REPORT_ABILITIES },
  {
    path: "tinh-hinh-nop-bao-cao",
    label: "reportCompleteness",
    icon: <PieChartOutlined />,
    anyOf: REPORT_ABILITIES,
  },
  {
    path: "danh-muc",
    label: "catalogues",
    icon: <DatabaseOutlined />,
    anyOf: CATALOGUE_ABILITIES,
    children: [
      { path: "danh-muc/don-vi-hanh-chinh", label: "adminUnits" },
      { path: "danh-muc/vung-khuyen-cong", label: "regions" },
      { path: "danh-muc/van-ban-phap-ly", label: "legalDocuments" },
      { path: "danh-muc/dinh-muc-ho-tro", label: "supportNorms" },
      { path: "danh-muc/mau-bao-cao", label: "reportTemplates", anyOf: REPORT_TEMPLATE_ABILITIES },
      { path: "danh-muc/lich-lam-viec", label: "calendar" },
      { path: "danh-muc/to-chuc", label: "organisations" },
      { path: "danh-muc/danh-muc-ma", label: "codeCatalogues" },
    ],
  },
  { path: "nhat-ky", label: "audit", icon: <AuditOutlined />, anyOf: AUDIT_ABILITIES },
  { path: "nguoi-dung", label: "users", icon: <TeamOutlined />, anyOf: USER_ABILITIES },
];

export const comingModules = navigation.filter((item) => item.coming);

export function isVisible(item: NavItem, abilities: readonly string[]): boolean {
  // Modules still to come are announced to the staff, not to jurors and secretaries, who see only their rounds.
  const anyOf = item.anyOf ?? (item.coming ? CATALOGUE_ABILITIES : undefined);
  return !anyOf || anyOf.some((ability) => abilities.includes(ability));
}
