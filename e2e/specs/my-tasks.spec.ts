import { expect, type Page, test } from "@playwright/test";
import { signIn } from "../fixtures/sign-in";

/**
 * "Việc cần xử lý" (issue 14, item 4): the header badge counts exactly the tasks the page lists, for an officer
 * and a leader of one province and for the central leader, on a desk screen and on a phone, and the page never
 * scrolls sideways. The API tests (apps/server/test/tasks.test.ts) pin which tasks each role has.
 */
const accounts = [
  "dongthap@demo.khuyencong.vn",
  "lanhdao.dongthap@demo.khuyencong.vn",
  "lanhdao.trunguong@demo.khuyencong.vn",
];
const viewports = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

async function badgeCount(page: Page): Promise<number> {
  const badge = page.getByTestId("tasks-badge");
  await expect(badge).toBeVisible();
  // The count arrives after the page: wait until the answer is in (the label says it in words).
  await expect(badge).toHaveAttribute("aria-label", /Việc cần xử lý: /);
  const response = await page.request.get("/api/v1/me/tasks/count");
  const { count } = (await response.json()) as { count: number };
  await expect(badge).toHaveAttribute("data-count", String(count));
  return count;
}

for (const viewport of viewports) {
  for (const email of accounts) {
    test(`badge and page agree for ${email} at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, email);
      const count = await badgeCount(page);
      await page.getByTestId("tasks-badge").click();
      await expect(page).toHaveURL(/\/app\/viec-can-xu-ly$/);
      await expect(page.getByRole("heading", { level: 1, name: "Việc cần xử lý" })).toBeVisible();
      if (count === 0) {
        await expect(page.getByText("Không có việc nào cần xử lý")).toBeVisible();
      } else {
        await expect(page.getByTestId("task-item").first()).toBeVisible();
        // The page lists every task up to its limit of 500, and says so when it stops.
        await expect(page.getByTestId("task-item")).toHaveCount(Math.min(count, 500));
      }
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, "the page scrolls sideways").toBeLessThanOrEqual(0);
    });
  }
}

test("an officer files overdue months from the tasks page in one go", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "dongthap@demo.khuyencong.vn");
  const before = (await (await page.request.get("/api/v1/me/tasks?kind=PROGRESS_OVERDUE")).json()) as {
    items: { record: { id: string }; months: string[] }[];
  };
  // The demo's Đồng Tháp projects in execution have months without a report (seeded so, and more each month).
  expect(
    before.items.length,
    "the demo must give the Đồng Tháp officer an overdue monthly report",
  ).toBeGreaterThan(0);
  await page.goto("/app/viec-can-xu-ly");
  const group = page.getByTestId("task-group-PROGRESS_OVERDUE");
  await expect(group).toBeVisible();
  const first = before.items[0];
  if (!first) throw new Error("no overdue task"); // narrows the type; the expect above already failed
  await group.getByRole("button", { name: "Báo cáo các tháng còn thiếu" }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /^Ghi \d+ báo cáo$/ }).click();
  await expect(page.getByText(/Đã ghi \d+ báo cáo tiến độ/)).toBeVisible();
  const after = (await (await page.request.get("/api/v1/me/tasks?kind=PROGRESS_OVERDUE")).json()) as {
    items: { record: { id: string }; months: string[] }[];
  };
  const still = after.items.find((item) => item.record.id === first.record.id);
  expect(still?.months.length ?? 0).toBeLessThan(first.months.length);
  await badgeCount(page);
});
