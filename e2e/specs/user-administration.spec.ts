import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

test("the administrator creates a Hà Nội officer, who signs in with that scope; the audit log shows both", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  const email = `can-bo-${Date.now()}@hanoi.gov.vn`;
  const password = "mot-mat-khau-ban-dau";

  await signIn(page, "admin@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: "Người dùng" }).click();
  await page.getByRole("button", { name: "Thêm người dùng" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Thư điện tử").fill(email);
  await dialog.getByLabel("Họ tên").fill("Nguyễn Văn Mới");
  await chooseOption(page, dialog.getByLabel("Vai trò"), "Chuyên viên Sở / Trung tâm");
  await dialog.getByRole("radio", { name: "Tỉnh", exact: true }).check();
  await chooseOption(page, dialog.getByLabel("Tỉnh, thành phố"), "Hà Nội", "ha noi");
  await dialog.getByLabel("Mật khẩu ban đầu").fill(password);
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("Hà Nội");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await signIn(page, email, password);
  // A password an administrator set is changed before anything else (the page asks nothing else meanwhile).
  await expect(page).toHaveURL(/\/app\/tai-khoan\/doi-mat-khau$/);
  await expect(page.getByText("Nguyễn Văn Mới").first()).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Nhật ký hệ thống" })).toHaveCount(0);
  await page.getByRole("button", { name: "Đăng xuất" }).click();

  await signIn(page, "kiemtra@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: "Nhật ký hệ thống" }).click();
  await expect(page.getByRole("row", { name: /Tạo tài khoản/ }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: /Nguyễn Văn Mới.*Đăng nhập/ }).first()).toBeVisible();

  expect(consoleMessages).toEqual([]);
});
