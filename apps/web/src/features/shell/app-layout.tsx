import { MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Flex, Layout, Result } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation, useNavigation } from "react-router";
import { BrandMark } from "../../components/brand-mark";
import { FullPageSpinner } from "../../components/full-page-spinner";
import { isApiError } from "../../lib/api";
import { useKeyboardScrollable } from "../../lib/use-keyboard-scrollable";
import { usePhoneLayout } from "../../lib/use-phone-layout";
import { accountPaths, useMe } from "../auth/api";
import { CurrentUserProvider } from "../auth/current-user";
import { MyReportsBadge } from "../reports/my-reports-badge";
import { TasksBadge } from "../tasks/tasks-badge";
import { SideMenu } from "./side-menu";
import { UserMenu } from "./user-menu";

/** Everything under /app: checks the session, then shows the header, the module menu and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = encodeURIComponent(`${location.pathname}${location.search}`);
      return <Navigate to={`/dang-nhap?next=${next}`} replace />;
    }
    return (
      <Result
        status="error"
        title={t("errors.loadFailed")}
        subTitle={isApiError(me.error) ? me.error.displayMessage : t("errors.unexpected")}
        extra={<Button onClick={() => void me.refetch()}>{t("common.retry")}</Button>}
      />
    );
  }

  // A password set by an administrator is changed before anything else; the server refuses the rest meanwhile.
  if (me.data.mustChangePassword && location.pathname !== accountPaths.changePassword)
    return <Navigate to={accountPaths.changePassword} replace />;

  return (
    <CurrentUserProvider user={me.data}>
      <Shell />
    </CurrentUserProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const phone = usePhoneLayout();
  const [collapsed, setCollapsed] = useState(false);
  // Every page's wide tables can be scrolled by keyboard, whoever wrote the page.
  const content = useRef<HTMLElement>(null);
  useKeyboardScrollable(content, t("common.wideTable"));

  return (
    <Layout className="kc-shell">
      <Layout.Header className="kc-header">
        <Flex align="center" gap={4} style={{ minWidth: 0 }}>
          {phone ? <MenuDrawer /> : null}
          <Link to="/app" className="kc-brand">
            <BrandMark size={32} />
            <span className="kc-brand-text">
              <span className="kc-brand-ministry">{t("app.ministry")}</span>
              <span className="kc-brand-name">{t("app.name")}</span>
            </span>
          </Link>
        </Flex>
        <Flex align="center" gap={8} className="kc-header-actions">
          <TasksBadge />
          <MyReportsBadge />
          <UserMenu />
        </Flex>
      </Layout.Header>
      {navigation.state === "loading" ? (
        <div className="kc-route-progress" role="progressbar" aria-label={t("common.loading")} />
      ) : null}
      <Layout>
        {phone ? null : (
          <Layout.Sider
            width={284}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            theme="light"
            className="kc-sider"
          >
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout.Content className="kc-content" ref={content}>
          <Flex vertical style={{ maxWidth: 1440, margin: "0 auto", width: "100%" }}>
            <Outlet />
          </Flex>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/**
 * On a phone the module menu lives in a drawer opened from the header. It remembers the page it was opened on,
 * so following a link in it (a new pathname) closes it without an effect.
 */
function MenuDrawer() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn === pathname;

  return (
    <>
      <Button
        type="text"
        className="kc-menu-button"
        icon={<MenuOutlined />}
        aria-label={t("nav.openMenu")}
        aria-expanded={open}
        aria-controls="kc-menu-drawer"
        onClick={() => setOpenedOn(pathname)}
      />
      <Drawer
        id="kc-menu-drawer"
        placement="left"
        open={open}
        onClose={() => setOpenedOn(null)}
        title={t("nav.mainMenu")}
        closable={{ "aria-label": t("nav.closeMenu") }}
        size={300}
        styles={{ body: { padding: 0 } }}
      >
        <SideMenu />
      </Drawer>
    </>
  );
}
