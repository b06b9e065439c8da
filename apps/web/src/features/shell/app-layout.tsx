import { Button, Flex, Layout, Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation, useNavigation } from "react-router";
import { BrandMark } from "../../components/brand-mark";
import { FullPageSpinner } from "../../components/full-page-spinner";
import { isApiError } from "../../lib/api";
import { accountPaths, useMe } from "../auth/api";
import { CurrentUserProvider } from "../auth/current-user";
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
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout className="kc-shell">
      <Layout.Header className="kc-header">
        <Link to="/app" className="kc-brand">
          <BrandMark size={32} />
          <span className="kc-brand-text">
            <span className="kc-brand-ministry">{t("app.ministry")}</span>
            <span className="kc-brand-name">{t("app.name")}</span>
          </span>
        </Link>
        <TasksBadge />
        <UserMenu />
      </Layout.Header>
      {navigation.state === "loading" ? (
        <div className="kc-route-progress" role="progressbar" aria-label={t("common.loading")} />
      ) : null}
      <Layout>
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
        <Layout.Content className="kc-content">
          <Flex vertical style={{ maxWidth: 1440, margin: "0 auto", width: "100%" }}>
            <Outlet />
          </Flex>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
