import "./i18n";
import "./styles.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { App, ConfigProvider, type ThemeConfig } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { RouterProvider } from "react-router/dom";
import { setUnauthorizedHandler } from "./lib/api";
import { queryClient } from "./lib/query-client";
import { router } from "./routes";

const theme: ThemeConfig = {
  token: {
    colorPrimary: "#1d5ba6",
    colorLink: "#1d5ba6",
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: "#173f6e",
      headerHeight: 56,
      headerPadding: "0 20px",
      siderBg: "#ffffff",
      bodyBg: "#f3f5f8",
    },
  },
};

// When the session ends (expired, revoked, account disabled), any API call answers 401: go to sign-in and
// come back to the same page afterwards.
setUnauthorizedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname.startsWith("/dang-nhap")) return;
  const next = encodeURIComponent(`${pathname}${search}`);
  void router.navigate(`/dang-nhap?reason=expired&next=${next}`, { replace: true });
});

function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === "en" ? enUS : viVN} theme={theme}>
      <App>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </App>
    </ConfigProvider>
  );
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
