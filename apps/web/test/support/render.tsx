/**
 * Renders a component inside the providers the app gives it (main.tsx and the app layout): Ant Design in
 * Vietnamese, a fresh React Query client, a router and a signed-in user. Motion is off, so what a test sees does
 * not depend on animation timing.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, ConfigProvider } from "antd";
import viVN from "antd/locale/vi_VN";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter, useLocation } from "react-router";
import type { Me } from "../../src/features/auth/api";
import { CurrentUserProvider } from "../../src/features/auth/current-user";

/** A provincial officer of Đồng Tháp, the role that records establishments and projects. */
export const provincialOfficer = {
  id: "user-1",
  email: "canbo@dongthap.gov.vn",
  name: "Nguyễn Văn An",
  role: "PROVINCIAL_OFFICER",
  roleLabel: "Cán bộ Sở Công Thương",
  scope: { kind: "PROVINCE", provinceId: "P87", label: "Đồng Tháp" },
  organisation: null,
  twoFactorEnabled: false,
  abilities: ["establishments.read", "establishments.create", "projects.read", "projects.create"],
} as Me;

type Options = {
  /** Overrides of the signed-in user (abilities, scope…). */
  me?: Partial<Me>;
  /** The address the router starts at. */
  route?: string;
};

/** Shows the router's current address, so a test can see where a form went after saving. */
function CurrentPath() {
  const location = useLocation();
  return <output data-testid="current-path">{location.pathname}</output>;
}

export function renderWithApp(ui: ReactElement, { me, route = "/" }: Options = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
  // No pause between key strokes: typing is what the tests do most, and the forms do not depend on its pace.
  const user = userEvent.setup({ delay: null });
  // A wrapper rather than a wrapped element, so `rerender` keeps the providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ConfigProvider locale={viVN} theme={{ token: { motion: false } }}>
      <App>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[route]}>
            <CurrentUserProvider user={{ ...provincialOfficer, ...me }}>
              {children}
              <CurrentPath />
            </CurrentUserProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </App>
    </ConfigProvider>
  );
  return { ...render(ui, { wrapper }), user, queryClient };
}
