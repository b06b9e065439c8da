import { Menu, type MenuProps, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { isVisible, type NavItem, navigation } from "./navigation";

type MenuItem = Required<MenuProps>["items"][number];

/** The module menu, filtered by the abilities the server granted. */
export function SideMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useCurrentUser();
  const current = pathname.replace(/^\/app\/?/, "");

  const toItem = (item: NavItem): MenuItem => {
    const label = t(`nav.${item.label}`);
    if (item.children) {
      return {
        key: item.path,
        icon: item.icon,
        label,
        children: item.children.filter((child) => isVisible(child, me.abilities)).map(toItem),
      };
    }
    return {
      key: item.path,
      icon: item.icon,
      label: (
        <Link to={`/app/${item.path}`}>
          {label}
          {item.coming ? (
            <Tag className="kc-coming-tag" variant="filled">
              {t("nav.comingTag")}
            </Tag>
          ) : null}
        </Link>
      ),
    };
  };

  const items = navigation.filter((item) => isVisible(item, me.abilities)).map(toItem);
  const selected = [...navigation, ...navigation.flatMap((item) => item.children ?? [])]
    .filter((item) => !item.children && (current === item.path || current.startsWith(`${item.path}/`)))
    .map((item) => item.path);
  const parent = navigation.find((item) => item.children && current.startsWith(`${item.path}/`));

  return (
    <nav aria-label={t("nav.mainMenu")}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected}
        defaultOpenKeys={parent ? [parent.path] : []}
        style={{ borderInlineEnd: "none" }}
      />
    </nav>
  );
}
