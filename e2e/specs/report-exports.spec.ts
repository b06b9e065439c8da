import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 17 item 5 in the browser: the report page offers "Tải Word" and "Tải Excel"; each saves the file the server
 * names, and the file is the Office package it claims to be (a zip whose first entry is its content-types part).
 */
test("a report's Word and Excel files are downloaded from its page", async ({ page }) => {
  await signIn(page, "dongthap@demo.khuyencong.vn");
  // A period of its own (the workflow journey takes the second half of 2023), opened through the API as the page does.
  const opened = await page.request.post("/api/v1/reports", {
    headers: { "x-requested-with": "khuyencong" },
    data: { templateId: "BC_NAM-V1", provinceId: "P63-87", year: 2022, index: 1 },
  });
  expect(opened.status()).toBe(201);
  const { id } = (await opened.json()) as { id: string };
  await page.goto(`/app/bao-cao/${id}`);
  await expect(page.getByRole("heading", { name: /Báo cáo năm/ })).toBeVisible();
  for (const [button, extension] of [
    ["Tải Word", "docx"],
    ["Tải Excel", "xlsx"],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Báo cáo năm 2022 - Đồng Tháp (trước 7-2025).${extension}`);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.includes(Buffer.from("[Content_Types].xml"))).toBe(true);
  }
});
