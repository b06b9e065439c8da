import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RequireAbility } from "../../src/components/require-ability";
import { renderWithApp } from "../support/render";

describe("RequireAbility", () => {
  it("shows the page when the server granted any one of the abilities", () => {
    renderWithApp(
      <RequireAbility anyOf={["users.manage", "establishments.create"]}>
        <p>Thêm cơ sở</p>
      </RequireAbility>,
      { me: { abilities: ["establishments.create"] } },
    );
    expect(screen.getByText("Thêm cơ sở")).toBeTruthy();
  });

  it("shows the 403 page instead, whatever the role, when none was granted", () => {
    renderWithApp(
      <RequireAbility anyOf={["users.manage"]}>
        <p>Quản lý tài khoản</p>
      </RequireAbility>,
      { me: { role: "SYSTEM_ADMIN", abilities: ["users.read"] } },
    );
    expect(screen.queryByText("Quản lý tài khoản")).toBeNull();
    expect(screen.getByText("Không có quyền truy cập")).toBeTruthy();
    expect(screen.getByText("Tài khoản của bạn không có quyền xem trang này.")).toBeTruthy();
  });
});
