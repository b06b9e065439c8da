import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 17 item 3 in the browser: the Đồng Tháp officer finds "Báo cáo của tôi" in the menu, with the header badge
 * counting what waits for the province; the 2025 annual report (due 15/01/2026, never opened) is listed first as
 * overdue with its days late; starting it opens the report, pre-filled, and the list then offers to open it.
 */
test("'Báo cáo của tôi' shows an overdue report and opens it", async ({ page }) => {
  await signIn(page, "dongthap@demo.khuyencong.vn");
  const badge = page.getByTestId("my-reports-badge");
  await expect(badge).toHaveAttribute("data-count", /^[1-9]\d*$/);

  await page.getByRole("menuitem", { name: "Báo cáo của tôi" }).click();
  await expect(page).toHaveURL(/\/app\/bao-cao-cua-toi$/);
  await expect(page.getByRole("heading", { name: "Báo cáo của tôi" })).toBeVisible();

  const overdue = page.getByRole("row").filter({ hasText: "Năm 2025" });
  await expect(overdue).toContainText("Quá hạn, chưa gửi");
  await expect(overdue).toContainText("15/01/2026");
  await expect(overdue).toContainText(/Trễ \d+ ngày/);
  // What waits for the province comes first: the first row of the table is an overdue one.
  await expect(page.getByRole("row").nth(1)).toContainText("Quá hạn, chưa gửi");

  await overdue.getByRole("button", { name: "Lập báo cáo" }).click();
  await expect(page).toHaveURL(/\/app\/bao-cao\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: /Báo cáo năm/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Từ hồ sơ" }).first()).toBeVisible();
  const reportUrl = new URL(page.url()).pathname;

  await page.goto("/app/bao-cao-cua-toi");
  const opened = page.getByRole("row").filter({ hasText: "Năm 2025" });
  await expect(opened.getByRole("link", { name: "Mở báo cáo" })).toHaveAttribute("href", reportUrl);
  await expect(opened).toContainText("Quá hạn, chưa gửi");
});
