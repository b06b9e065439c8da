import { expect, type Page, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 14, item 3: an establishment's history, a project's audit entries and the audit log read in words. The
 * rendered text must hold no raw code or JSON: a commune id, an enum code, a JSON key or an ISO timestamp.
 */
const RAW_PATTERNS = [
  /XA-\d{4,}-\d{4}-\d{2}-\d{2}/,
  /\b[A-Z]{2,}(_[A-Z]+)+\b/,
  /[{}[\]"]:/,
  /\d{4}-\d{2}-\d{2}T/,
];

async function expectInWords(page: Page, where: string) {
  const text = await page.locator(".kc-content").innerText();
  for (const pattern of RAW_PATTERNS) {
    expect(text.match(pattern)?.[0] ?? null, `${where}: raw text matching ${pattern}`).toBeNull();
  }
}

/** No page scrolls sideways: what is wider than the screen scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  // Polled: after a resize the layout settles once React has seen the new breakpoint.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${where} scrolls sideways`,
    })
    .toBeLessThanOrEqual(0);
}

const api = (page: Page) => ({
  get: async (path: string) => (await page.request.get(`/api/v1${path}`)).json(),
  patch: (path: string, data: unknown) =>
    page.request.patch(`/api/v1${path}`, { data, headers: { "x-requested-with": "khuyencong" } }),
});

test("history and audit entries read in words, at 1440×900 and on a 390×844 phone", async ({ page }) => {
  const consoleMessages = watchConsole(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "dongthap@demo.khuyencong.vn");

  // A change to look at: the legal form and the yearly figures of one Đồng Tháp establishment.
  const list = await api(page).get("/establishments?pageSize=1");
  const id: string = list.items[0].id;
  const before = await api(page).get(`/establishments/${id}`);
  const legalForm = before.legalForm?.code === "HTX" || before.legalForm === "HTX" ? "THT" : "HTX";
  const saved = await api(page).patch(`/establishments/${id}`, {
    version: before.version,
    legalForm,
    yearData: [{ year: 2025, employees: 23, revenue: "2750000000" }],
  });
  expect(saved.status(), await saved.text()).toBe(200);

  await page.goto(`/app/co-so-cnnt/${id}`);
  await page.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
  const history = page.getByTestId("establishment-history");
  await expect(history).toContainText("Loại hình");
  await expect(history).toContainText(legalForm === "HTX" ? "Hợp tác xã" : "Tổ hợp tác");
  await expect(history.locator("table.kc-change-table").nth(1)).toContainText("2.750.000.000 đ");
  await expectInWords(page, "establishment history");

  const projects = await api(page).get("/projects?pageSize=1");
  await page.goto(`/app/de-an/${projects.items[0].id}?tab=history`);
  const projectHistory = page.getByTestId("project-history");
  await expect(projectHistory).toContainText("Kinh phí khuyến công");
  await expect(projectHistory).toContainText(" đ");
  await expectInWords(page, "project history");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  // The history itself fits the phone (the page's header and step buttons are the phone layout's own work).
  const phoneHistory = page.getByTestId("project-history");
  await expect(phoneHistory).toBeVisible();
  const fits = await phoneHistory.evaluate((element) => ({
    right: element.getBoundingClientRect().right,
    overflow: element.scrollWidth - element.clientWidth,
  }));
  expect(fits.right).toBeLessThanOrEqual(390);
  expect(fits.overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await signIn(page, "kiemtra@demo.khuyencong.vn");
  await page.goto("/app/nhat-ky");
  const table = page.getByTestId("audit-table");
  const firstRow = table.locator("tbody tr.ant-table-row").first();
  await expect(firstRow).toBeVisible();

  // The result column is on screen without scrolling, and no header wraps one letter per line.
  const outcomeHeader = table.getByRole("columnheader", { name: "Kết quả" });
  const box = await outcomeHeader.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
  for (const header of await table.locator("thead th").all()) {
    const size = await header.boundingBox();
    const text = (await header.innerText()).trim();
    if (text) expect(size?.height ?? 0, `header "${text}" wraps`).toBeLessThan(64);
  }

  // The change made above, found by the person's name typed without diacritics and by the record kind.
  await page.getByLabel("Người thực hiện").fill("le van thap");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  const edit = table.getByRole("row", { name: /Sửa cơ sở/ }).first();
  await expect(edit).toBeVisible();
  await edit.locator("button.ant-table-row-expand-icon").click();
  await expect(table).toContainText("Loại hình");
  await expect(edit.getByRole("link")).toHaveAttribute("href", `/app/co-so-cnnt/${id}`);
  await expectInWords(page, "audit log");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page, "audit log on a phone");

  expect(consoleMessages).toEqual([]);
});
