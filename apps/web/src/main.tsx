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
    // Text and status colours dark enough for WCAG AA (4.5:1) on white and on the page grey, checked by axe in
    // e2e/specs/every-page.spec.ts: Ant Design's defaults (secondary text, placeholders, red, the gold/green/
    // orange… tags) measure 2.8–3.4:1.
    colorTextTertiary: "#6b6b6b",
    colorTextDescription: "#6b6b6b",
    colorTextPlaceholder: "#707070",
    colorError: "#c41d1f",
    // Status tags write in these colours on their light backgrounds; darker seeds would also make those
    // backgrounds dull, so the light shades are kept as Ant Design's own.
    colorSuccess: "#237804",
    colorSuccessBg: "#f6ffed",
    colorSuccessBorder: "#b7eb8f",
    colorWarning: "#874d00",
    colorWarningBg: "#fffbe6",
    colorWarningBorder: "#ffe58f",
    colorInfo: "#1d5ba6",
    colorInfoBg: "#e6f4ff",
    colorInfoBorder: "#91caff",
    // The text of coloured tags is the palette's 7th shade; Ant Design reads it from the "gold-7" form of the
    // name (the CSS variable), so both spellings are set.
    "volcano-7": "#ad2102",
    volcano7: "#ad2102",
    "orange-7": "#ad4e00",
    orange7: "#ad4e00",
    "gold-7": "#874d00",
    gold7: "#874d00",
    "yellow-7": "#876800",
    yellow7: "#876800",
    "lime-7": "#3f6600",
    lime7: "#3f6600",
    "green-7": "#237804",
    green7: "#237804",
    "cyan-7": "#006d75",
    cyan7: "#006d75",
  },
  components: {
    // "No data" in an empty table is information, not a disabled control: readable grey.
    Table: { colorTextDisabled: "#6b6b6b" },
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
