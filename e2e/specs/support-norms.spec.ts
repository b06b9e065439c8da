import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

test("a central officer finds the 2014 support norms and reads a cap in Vietnamese format, without the admin actions", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);

  await signIn(page, "trunguong@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: /Danh mục/ }).click();
  await page.getByRole("menuitem", { name: "Định mức hỗ trợ" }).click();
  await expect(page.getByRole("heading", { name: "Định mức hỗ trợ" })).toBeVisible();
  await expect(page.getByTestId("norm-set-count")).toHaveText("2");

  const row2014 = page.getByRole("row", { name: /26\/2014\/TTLT-BTC-BCT/ });
  await expect(row2014).toContainText("08/04/2014 – 11/05/2018");
  await expect(page.getByRole("row", { name: /28\/2018\/TT-BTC/ })).toContainText("Đang áp dụng");

  await row2014.click();
  const drawer = page.getByRole("dialog");
  await expect(drawer.getByRole("heading", { name: "Bảng định mức" })).toBeVisible();
  // Row p of Art. 6.2: 30 % and 1,500 million đồng per industrial cluster.
  const rowP = drawer.getByRole("row", { name: /cụm công nghiệp/ }).filter({ hasText: "6.2.p" });
  await expect(rowP).toContainText("30 %");
  await expect(rowP).toContainText("1.500.000.000 đ");
  await expect(drawer.getByRole("row").filter({ hasText: "Điều 6.2.b" }).first()).toContainText(
    "500.000.000 đ",
  );

  // Only those who manage norms (the central leader) see the admin actions.
  await expect(drawer.getByRole("button", { name: /Kết thúc hiệu lực/ })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("button", { name: "Thêm phiên bản" })).toHaveCount(0);

  expect(consoleMessages).toEqual([]);
});
