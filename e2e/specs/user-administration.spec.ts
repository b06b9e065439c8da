import { expect, type Locator, type Page, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

/**
 * Picks an option of an Ant Design select: waits for the option to be rendered (its list loads from the API), picks
 * it, and checks the select now shows it, so a click during a re-render cannot pass unnoticed.
 */
async function choose(page: Page, select: Locator, label: string, typed?: string) {
  // The select itself (class token "ant-select"), not an inner "ant-select-…" part.
  const field = select.locator(
    "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]",
  );
  // A click that lands while the dropdown re-renders is lost: open, pick and check again until the select shows it.
  await expect(async () => {
    await select.click();
    if (typed) await select.fill(typed);
    const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`);
    await expect(option).toBeVisible({ timeout: 5_000 });
    await option.click();
    // A slow machine (the CI's two cores shared with the server) can take over a second to show the choice.
    await expect(field).toContainText(label, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

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
  await choose(page, dialog.getByLabel("Vai trò"), "Chuyên viên Sở / Trung tâm");
  await dialog.getByRole("radio", { name: "Tỉnh", exact: true }).check();
  await choose(page, dialog.getByLabel("Tỉnh, thành phố"), "Hà Nội", "ha noi");
  await dialog.getByLabel("Mật khẩu ban đầu").fill(password);
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("Hà Nội");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await signIn(page, email, password);
  await expect(page.getByText("Nguyễn Văn Mới").first()).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Nhật ký hệ thống" })).toHaveCount(0);
  await page.getByRole("button", { name: "Đăng xuất" }).click();

  await signIn(page, "kiemtra@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: "Nhật ký hệ thống" }).click();
  await expect(page.getByRole("row", { name: /Tạo tài khoản/ }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${email}.*Đăng nhập`) }).first()).toBeVisible();

  expect(consoleMessages).toEqual([]);
});
