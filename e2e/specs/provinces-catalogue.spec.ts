import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

test("a provincial officer signs in, sees 63 provinces before the 2025 merger and 34 today, and signs out", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);

  await signIn(page, "dongthap@demo.khuyencong.vn");
  await expect(page.getByText("Đồng Tháp").first()).toBeVisible();

  await page.getByRole("menuitem", { name: /Danh mục/ }).click();
  await page.getByRole("menuitem", { name: "Đơn vị hành chính" }).click();
  await expect(page.getByRole("heading", { name: "Đơn vị hành chính" })).toBeVisible();
  await expect(page.getByTestId("unit-count")).toHaveText("34");

  await page.getByRole("button", { name: /Trước sáp nhập/ }).click();
  await expect(page.getByTestId("unit-count")).toHaveText("63");
  await expect(page.getByRole("cell", { name: "Tiền Giang" })).toBeVisible();

  await page.getByRole("button", { name: "Hiện hành" }).click();
  await expect(page.getByTestId("unit-count")).toHaveText("34");
  const dongThapRow = page.getByRole("row", { name: /Đồng Tháp/ }).first();
  await expect(dongThapRow).toContainText("Tiền Giang");

  // A provincial officer manages neither accounts nor the commune list, and the menu says so.
  await expect(page.getByRole("menuitem", { name: "Người dùng" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Nhập danh sách xã" })).toHaveCount(0);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/app/danh-muc/don-vi-hanh-chinh");
  await expect(page).toHaveURL(/\/dang-nhap/);

  expect(consoleMessages).toEqual([]);
});
