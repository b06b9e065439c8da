import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

test("a provincial officer records a brand, sees the norm h cap applied before saving, and finds it on the establishment's trade-promotion tab", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  await signIn(page, "dongthap@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: /Xúc tiến thương mại/ }).click();
  await page.getByRole("menuitem", { name: "Thương hiệu" }).click();
  await expect(page.getByRole("heading", { name: "Hỗ trợ xây dựng, đăng ký thương hiệu" })).toBeVisible();
  await page.getByRole("button", { name: "Thêm thương hiệu" }).first().click();

  const brandName = `Bánh phồng Sơn Đốc ${Date.now()}`;
  await page.getByLabel("Tên thương hiệu, nhãn hiệu").fill(brandName);
  await page.getByLabel("Cơ sở", { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
  await page.getByLabel("Ngày nộp đơn").fill("01/03/2016");
  await page.getByLabel("Ngày nộp đơn").press("Enter");
  await page.getByLabel("Năm hỗ trợ").fill("2016");

  // The cap appears as soon as the cost is there: 50 % of 100 million is 50 million, the ceiling 35 million.
  await page.getByLabel("Chi phí xây dựng, đăng ký").fill("100000000");
  const cap = page.getByTestId("brand-cap");
  await expect(cap).toContainText("Mức hỗ trợ tối đa: 35.000.000 đ");
  await expect(cap).toContainText("50 %");
  await page.getByLabel("Số tiền hỗ trợ").fill("40000000");
  await expect(cap).toContainText("vượt mức tối đa");
  await cap.getByRole("button", { name: "Hỗ trợ mức tối đa" }).click();
  await expect(page.getByLabel("Số tiền hỗ trợ")).toHaveValue("35.000.000");
  await expect(cap).not.toContainText("vượt mức tối đa");
  await page.getByRole("button", { name: "Lưu" }).click();

  await expect(page.getByRole("heading", { name: brandName })).toBeVisible();
  await expect(page.getByText("35.000.000 đ")).toBeVisible();

  // The holder's page shows the brand on its trade-promotion tab.
  await page.locator(".ant-descriptions").getByRole("link").first().click();
  await page.getByRole("tab", { name: "Xúc tiến thương mại" }).click();
  await expect(page.getByRole("heading", { name: "Thương hiệu, nhãn hiệu" })).toBeVisible();
  await expect(page.getByRole("link", { name: brandName })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hội chợ triển lãm đã tham gia" })).toBeVisible();

  expect(consoleMessages).toEqual([]);
});
