import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 17 item 2, a report's attachments in the browser: the Đồng Tháp officer opens a draft report, attaches
 * the signed report as a PDF under its Vietnamese name, sees it listed, and downloads it back unchanged.
 */
const OFFICER = "dongthap@demo.khuyencong.vn";
const FILE_NAME = "Báo cáo 6 tháng đầu năm 2019 có chữ ký.pdf";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ky\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("a provincial officer attaches a PDF to a draft report, sees it listed and downloads it", async ({
  page,
}) => {
  await signIn(page, OFFICER);
  await page.goto("/app/bao-cao");
  await page.getByRole("button", { name: "Mở báo cáo" }).click();
  const opening = page.getByRole("dialog");
  await chooseOption(
    page,
    opening.getByLabel("Mẫu báo cáo"),
    "Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công (phiên bản 1)",
  );
  await opening.getByLabel("Năm").fill("2019");
  await chooseOption(page, opening.getByLabel("Tỉnh", { exact: true }), "Đồng Tháp", "Đồng Tháp");
  await chooseOption(page, opening.getByLabel("Kỳ báo cáo"), "6 tháng đầu năm 2019");
  await opening.getByRole("button", { name: "Mở báo cáo" }).click();
  await expect(page).toHaveURL(/\/app\/bao-cao\/[\w-]+$/);

  const area = page.getByRole("region", { name: "Tệp đính kèm" });
  await expect(area.getByText("Chưa có tệp đính kèm")).toBeVisible();
  await area.getByRole("button", { name: "Đính kèm tệp" }).click();
  const dialog = page.getByRole("dialog", { name: "Đính kèm tệp vào báo cáo" });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: FILE_NAME,
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await dialog.getByLabel("Ghi chú").fill("Bản có chữ ký, đóng dấu");
  await dialog.getByRole("button", { name: "Đính kèm tệp" }).click();
  await expect(dialog).toBeHidden();

  const link = area.getByRole("link", { name: FILE_NAME });
  await expect(link).toBeVisible();
  await expect(area.getByText("Bản có chữ ký, đóng dấu")).toBeVisible();
  await expect(area.getByText("1/30 tệp")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  const saved = await download.path();
  expect(readFileSync(saved)).toEqual(PDF);
});
