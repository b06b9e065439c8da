import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

/** The Southern report of 2018 as an officer would copy it out of Excel: cells separated by tabs. */
const PASTED_REPORT = [
  "Nội dung\tLoại\tSố in\tSố thứ nhất\tSố thứ hai",
  "Thực hiện 2017 so với kế hoạch\tTỷ lệ\t84,12 %\t57.615,3\t68.495,1",
  "Kế hoạch 2018 so với 2017\tTăng trưởng\t+1,08 %\t73781\t68495.1",
].join("\n");

test("today's Đồng Tháp in 2017 says its figures are the former Đồng Tháp and Tiền Giang, and reports stay out of the months", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  await signIn(page, "dongthap@demo.khuyencong.vn");
  await page.goto("/app/tong-quan?year=2017&cutoffMonth=12&basis=AS_OF");

  const heading = page.getByTestId("dashboard-scope-heading");
  await expect(heading.getByRole("heading")).toHaveText(
    "Đồng Tháp — Năm 2017: gồm Đồng Tháp và Tiền Giang cũ",
  );
  await expect(page.getByTestId("dashboard-former-units")).toContainText(
    "Đồng Tháp (trước 7/2025); Tiền Giang (trước 7/2025)",
  );
  await expect(page.getByTestId("dashboard-kpi-exec")).toContainText("gồm Đồng Tháp và Tiền Giang cũ");
  // The annual report is a whole-year value, not December's; no month has a monthly figure.
  const notes = page.getByTestId("dashboard-monthly-notes");
  await expect(notes).toContainText("Báo cáo cả năm: 8.066,1 triệu đồng");
  await expect(notes).toContainText("Không có số liệu tháng: T1–T12.");

  // The year is typed; a wrong one is refused in words and never reaches the address.
  const year = page.getByLabel("Năm", { exact: true });
  await year.fill("20l8");
  await year.press("Enter");
  await expect(page.getByText("Năm phải là số nguyên từ 2000 đến 2100, ví dụ 2017.")).toBeVisible();
  await expect(page).toHaveURL(/year=2017/);
  await year.fill("2018");
  await year.press("Enter");
  await expect(page).toHaveURL(/year=2018/);
  await expect(heading.getByRole("heading")).toContainText("Năm 2018: gồm Đồng Tháp và Tiền Giang cũ");

  expect(consoleMessages).toEqual([]);
});

test("the central leader picks the region from a list, and checks a report pasted from Excel", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  await signIn(page, "lanhdao.trunguong@demo.khuyencong.vn");
  await page.goto("/app/tong-quan?year=2017&cutoffMonth=12&basis=AS_OF");
  await chooseOption(page, page.getByLabel("Vùng", { exact: true }), "Khu vực phía Nam");
  await expect(page).toHaveURL(/region=NAM/);
  await expect(page.getByTestId("dashboard-kpi-exec")).toContainText("57.615,3");
  await chooseOption(
    page,
    page.getByLabel("Tỉnh, thành phố", { exact: true }),
    "Tiền Giang (trước 7/2025)",
    "Tiền Giang",
  );
  await expect(page).toHaveURL(/unit=P63-82/);

  await page.goto("/app/ke-hoach?tab=checks");
  const checker = page.getByTestId("figure-check-input");
  await checker.getByLabel("Dán từ Excel hoặc Word").fill(PASTED_REPORT);
  await checker.getByRole("button", { name: "Đọc các dòng đã dán" }).click();
  await expect(checker.getByTestId("figure-check-row")).toHaveCount(2);
  await checker.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  const results = checker.getByTestId("figure-check-own-results");
  const growth = results.getByRole("row").filter({ hasText: "Kế hoạch 2018 so với 2017" });
  await expect(growth).toContainText("+1,08 %");
  await expect(growth).toContainText("+7,72 %");
  await expect(growth).toContainText("6,64 điểm phần trăm");
  await expect(growth).toContainText("Lệch");
  await expect(results.getByRole("row").filter({ hasText: "Thực hiện 2017" })).toContainText("Khớp");

  // A figure that is not a number is named with its line, and no result is shown.
  await checker.getByLabel("Dòng 1: Số thứ hai").fill("68.495,1 tr");
  await checker.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await expect(checker.getByTestId("figure-check-errors")).toContainText(
    'Dòng 1 (Thực hiện 2017 so với kế hoạch): số kế hoạch (gốc) "68.495,1 tr" không phải là số.',
  );
  await expect(results).toHaveCount(0);

  expect(consoleMessages).toEqual([]);
});

test("on a phone the dashboard of a merged province does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "dongthap@demo.khuyencong.vn");
  await page.goto("/app/tong-quan?year=2017&cutoffMonth=12&basis=AS_OF");
  await expect(page.getByTestId("dashboard-former-units")).toBeVisible();
  await expect(page.getByTestId("dashboard-records")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
