import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

test("the central leader drills from the Southern region's 2017 figure to its provinces and their records, and exports the view", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);

  await signIn(page, "lanhdao.trunguong@demo.khuyencong.vn");
  await page.goto("/app/tong-quan?year=2017&cutoffMonth=12&basis=AS_OF");
  const rows = page.getByTestId("dashboard-rows");
  const south = rows.getByRole("row").filter({ hasText: "Khu vực phía Nam" });
  await expect(south).toContainText("68.495,1");
  await expect(south).toContainText("57.615,3");
  await expect(south).toContainText("84,12 %");
  await expect(south).toContainText("+2,62 %");

  await rows.getByRole("link", { name: "Khu vực phía Nam" }).click();
  await expect(page).toHaveURL(/region=NAM/);
  await expect(page.getByTestId("dashboard-kpi-exec")).toContainText("57.615,3");
  await expect(page.getByTestId("dashboard-kpi-pct")).toContainText("84,12 %");
  const provinces = page.getByTestId("dashboard-rows");
  await expect(provinces.getByRole("link", { name: "Đồng Tháp (trước 7/2025)" })).toBeVisible();

  await provinces.getByRole("link", { name: "Đồng Tháp (trước 7/2025)" }).click();
  await expect(page).toHaveURL(/unit=P63-87/);
  const records = page.getByTestId("dashboard-records");
  await expect(records).toContainText("Đồng Tháp (trước 7/2025)");
  // The records behind the figure add up to it: the same amount in triệu đồng on the KPI and under the list.
  const amount = /\d{1,3}(?:\.\d{3})*,\d/;
  const exec = amount.exec(await page.getByTestId("dashboard-kpi-exec").innerText())?.[0];
  expect(exec).toBeTruthy();
  await expect(page.getByTestId("dashboard-records-total")).toContainText(exec ?? "?");

  const link = page.getByTestId("dashboard-export-xlsx");
  const href = await link.getAttribute("href");
  expect(href).toContain("/api/v1/dashboard/budget.xlsx");
  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);

  await page.goBack();
  await page.goBack();
  await expect(
    page.getByTestId("dashboard-rows").getByRole("link", { name: "Khu vực phía Nam" }),
  ).toBeVisible();

  expect(consoleMessages).toEqual([]);
});
