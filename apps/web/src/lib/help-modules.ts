/**
 * Which help topic a page belongs to, derived from its address, so every page header can link to its help without
 * each page saying so. Pure and free of React: the page header (components/) and the help feature both read it.
 */

/** Help topics, by the slug of `/app/huong-dan/:module`. */
export const helpModules = [
  "tong-quan",
  "co-so-cnnt",
  "de-an",
  "ke-hoach",
  "danh-muc",
  "nhat-ky",
  "nguoi-dung",
  "tai-khoan",
  "viec-can-xu-ly",
  "hoi-cho-trien-lam",
  "xuc-tien-thuong-mai",
  "binh-chon-san-pham",
  "mang-luoi-khuyen-cong",
  "bao-cao",
] as const;
export type HelpModule = (typeof helpModules)[number];

export const HELP_ROOT = "/app/huong-dan";

export type HelpLink = { module: HelpModule; section?: string };

export const isHelpModule = (value: string): value is HelpModule =>
  (helpModules as readonly string[]).includes(value);

/** Pages that live beside a module's own address and open a section of its help. */
const helpAliases: Record<string, HelpLink> = {
  "bao-cao-cua-toi": { module: "bao-cao", section: "han-nop-nhac-han" },
  "tinh-hinh-nop-bao-cao": { module: "bao-cao", section: "han-nop-nhac-han" },
};

/**
 * The help for the page at `pathname`, or null when the page has none (sign-in, a module still to come, the help
 * itself). A catalogue page opens its own section of the catalogues help (`/app/danh-muc/to-chuc` → `#to-chuc`).
 */
export function helpLinkFor(pathname: string): HelpLink | null {
  const match = /^\/app\/([^/?#]+)(?:\/([^/?#]+))?/.exec(pathname);
  if (!match?.[1]) return null;
  const module = match[1];
  const alias = helpAliases[module];
  if (alias) return alias;
  if (!isHelpModule(module)) return null;
  if (
    (module === "danh-muc" || module === "xuc-tien-thuong-mai" || module === "mang-luoi-khuyen-cong") &&
    match[2]
  )
    return { module, section: match[2] };
  return { module };
}

/** The address of a help topic, or of one of its sections. */
export function helpPath(link: HelpLink): string {
  return `${HELP_ROOT}/${link.module}${link.section ? `#${link.section}` : ""}`;
}
