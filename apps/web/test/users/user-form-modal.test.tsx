import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { UserFormModal } from "../../src/features/users/user-form-modal";
import { chooseOption, errorsOf, expectFieldError, shownErrors } from "../support/antd";
import { problem, stubApi } from "../support/fetch-stub";
import { adminUnits } from "../support/reference-routes";
import { renderWithApp } from "../support/render";

const routes = {
  "GET /users/roles": {
    items: [
      { code: "CENTRAL_OFFICER", label: "Chuyên viên Cục", scopeKinds: ["NATIONAL"] },
      { code: "PROVINCIAL_OFFICER", label: "Chuyên viên Sở Công Thương", scopeKinds: ["PROVINCE"] },
    ],
  },
  "GET /admin-units": adminUnits,
  "GET /regions": { items: [] },
  "GET /organisations": { items: [], total: 0, page: 1, pageSize: 20 },
  "POST /users": { id: "U-9", email: "an.nguyen@dongthap.gov.vn" },
};

function renderCreate(extra = {}) {
  const api = stubApi({ ...routes, ...extra });
  const onClose = vi.fn();
  const view = renderWithApp(<UserFormModal open user={null} onClose={onClose} />, {
    me: { role: "SYSTEM_ADMIN", abilities: ["users.read", "users.manage"] },
  });
  return { ...view, api, onClose };
}

const save = () => screen.getByRole("button", { name: "Lưu" });

describe("user create form", () => {
  it("refuses missing and malformed fields in Vietnamese and sends nothing", async () => {
    const { user, api } = renderCreate();
    expect(screen.getByRole("dialog", { name: "Thêm người dùng" })).toBeTruthy();
    await user.click(save());
    await expectFieldError("Vui lòng nhập thư điện tử");
    expect(shownErrors()).toEqual([
      "Vui lòng nhập thư điện tử",
      "Vui lòng nhập họ tên",
      "Vui lòng chọn vai trò",
      "Vui lòng nhập mật khẩu ban đầu",
    ]);
    await user.type(screen.getByLabelText("Thư điện tử"), "an.nguyen@");
    await user.type(screen.getByLabelText("Mật khẩu ban đầu"), "ngan");
    await waitFor(() =>
      expect(errorsOf(screen.getByLabelText("Thư điện tử"))).toEqual(["Thư điện tử không hợp lệ"]),
    );
    await waitFor(() =>
      expect(errorsOf(screen.getByLabelText("Mật khẩu ban đầu"))).toEqual(["Mật khẩu cần tối thiểu 8 ký tự"]),
    );
    expect(api.bodiesSentTo("POST /users")).toEqual([]);
  });

  it("moves the data scope to what the role allows and sends only that scope's member", async () => {
    const { user, api, onClose } = renderCreate();
    await user.type(screen.getByLabelText("Thư điện tử"), " an.nguyen@dongthap.gov.vn ");
    await user.type(screen.getByLabelText("Họ tên"), "Nguyễn Văn An ");
    await chooseOption(user, "Vai trò", "Chuyên viên Sở Công Thương");
    // A provincial role has a provincial scope: the choice moves there and asks for the province.
    await waitFor(() =>
      expect((screen.getByRole("radio", { name: "Tỉnh" }) as HTMLInputElement).checked).toBe(true),
    );
    expect((screen.getByRole("radio", { name: "Toàn quốc" }) as HTMLInputElement).disabled).toBe(true);
    await user.type(screen.getByLabelText("Mật khẩu ban đầu"), "Mat-khau-2025");
    await user.click(save());
    await expectFieldError("Vui lòng chọn tỉnh, thành phố");
    await chooseOption(user, "Tỉnh, thành phố", "Đồng Tháp");
    await user.click(save());
    await waitFor(() => expect(api.bodiesSentTo("POST /users")).toHaveLength(1));
    expect(api.bodiesSentTo("POST /users")[0]).toEqual({
      email: "an.nguyen@dongthap.gov.vn",
      name: "Nguyễn Văn An",
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: "P87" },
      password: "Mat-khau-2025",
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it("shows a taken e-mail address under its field", async () => {
    const { user, onClose } = renderCreate({
      "POST /users": problem(409, "USER_EMAIL_TAKEN", "Thư điện tử đã được dùng", {
        errors: [{ path: "body.email", message: "Thư điện tử này đã có tài khoản" }],
      }),
    });
    await user.type(screen.getByLabelText("Thư điện tử"), "da.co@moit.gov.vn");
    await user.type(screen.getByLabelText("Họ tên"), "Trần Thị Bình");
    await chooseOption(user, "Vai trò", "Chuyên viên Cục");
    await user.type(screen.getByLabelText("Mật khẩu ban đầu"), "Mat-khau-2025");
    await user.click(save());
    await waitFor(() =>
      expect(errorsOf(screen.getByLabelText("Thư điện tử"))).toEqual(["Thư điện tử này đã có tài khoản"]),
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});
