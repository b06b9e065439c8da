import { expect, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

test("a provincial officer records a regional fair and opens its registration; the page offers only the steps its state allows", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  const name = `Hội chợ CNNT tiêu biểu khu vực phía Nam ${Date.now()}`;

  await signIn(page, "dongthap@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: "Hội chợ triển lãm" }).click();
  await expect(page.getByRole("heading", { name: "Hội chợ triển lãm", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Thêm hội chợ" }).click();

  await page.getByLabel("Tên hội chợ").fill(name);
  await chooseOption(page, page.getByLabel("Cấp hội chợ"), "Cấp khu vực");
  // The host from the organisations catalogue, found without diacritics; its name is filled in. The organiser is
  // not in the catalogue: its name alone is kept.
  await chooseOption(
    page,
    page.getByLabel("Đơn vị chủ trì trong danh mục"),
    "Sở Công Thương Đồng Tháp",
    "so cong thuong dong thap",
  );
  await expect(page.getByLabel("Tên đơn vị chủ trì")).toHaveValue("Sở Công Thương Đồng Tháp");
  await page.getByLabel("Tên đơn vị tổ chức").fill("Công ty Cổ phần Hội chợ Triển lãm Mê Kông");
  await page.getByPlaceholder("Ngày bắt đầu").fill("10/10/2026");
  await page.getByPlaceholder("Ngày kết thúc").fill("14/10/2026");
  await page.getByPlaceholder("Ngày kết thúc").press("Enter");
  await chooseOption(page, page.getByLabel("Tỉnh, thành phố nơi tổ chức"), "Đồng Tháp", "dong thap");
  await page.getByLabel("Số gian hàng dự kiến").fill("150");
  await page.getByLabel("Giá thuê một gian hàng").fill("12000000");
  await page.getByRole("button", { name: "Lưu" }).click();

  // The fair page: a server code, the three counts apart, and only the steps its state allows.
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText(/HC-2026-\d{4} · Cấp khu vực · 10\/10\/2026 – 14\/10\/2026/)).toBeVisible();
  await expect(page.getByTestId("fair-count-participations")).toContainText("0");
  await expect(page.getByText("12.000.000 đ")).toBeVisible();
  const fairId = new URL(page.url()).pathname.split("/").pop() ?? "";
  const saved = (await (await page.request.get(`/api/v1/fairs/${fairId}`)).json()) as Record<string, unknown>;
  expect(saved).toMatchObject({
    hostOrgId: "ORG-SCT-P34-82",
    hostName: "Sở Công Thương Đồng Tháp",
    organiserOrgId: null,
    organiserName: "Công ty Cổ phần Hội chợ Triển lãm Mê Kông",
  });
  const actions = page.getByTestId("fair-actions");
  await expect(actions.getByRole("button", { name: "Báo cáo kết quả" })).toHaveCount(0);

  await actions.getByRole("button", { name: "Mở đăng ký" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "Mở đăng ký" }).click();
  await expect(page.getByText("Đang nhận đăng ký").first()).toBeVisible();
  await expect(actions.getByRole("button", { name: "Mở đăng ký" })).toHaveCount(0);
  await expect(actions.getByRole("button", { name: "Xác nhận đã tổ chức" })).toBeEnabled();

  // The list and the calendar show it.
  await page.getByRole("link", { name: "Danh sách hội chợ" }).click();
  await page.getByLabel("Tìm hội chợ").fill("hoi cho cnnt tieu bieu");
  await page.getByLabel("Tìm hội chợ").press("Enter");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Đang nhận đăng ký");
  await page.goto("/app/hoi-cho-trien-lam/lich?thang=2026-10");
  await expect(page.getByRole("link", { name }).first()).toBeVisible();

  expect(consoleMessages).toEqual([]);
});

test("the edit form shows the host picked from the catalogue, and clearing it keeps the name typed", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  await signIn(page, "dongthap@demo.khuyencong.vn");
  const created = await page.request.post("/api/v1/fairs", {
    headers: { "x-requested-with": "khuyencong" },
    data: {
      name: `Hội chợ làng nghề Đồng Tháp ${Date.now()}`,
      level: "PROVINCIAL",
      kind: "CNNT",
      hostOrgId: "ORG-TTKC-P34-82",
      hostName: "Trung tâm Khuyến công Đồng Tháp",
      organiserName: "Hiệp hội làng nghề Sa Đéc",
      venueUnitId: "P34-82",
      startDate: "2026-11-05",
      endDate: "2026-11-08",
      plannedBooths: 60,
      provinceId: "P34-82",
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/app/hoi-cho-trien-lam/${id}/sua`);
  const hostPicker = page
    .getByLabel("Đơn vị chủ trì trong danh mục")
    .locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]");
  await expect(hostPicker).toContainText("Trung tâm Khuyến công Đồng Tháp");
  await hostPicker.hover();
  await hostPicker.locator(".ant-select-clear").click();
  await page.getByLabel("Tên đơn vị chủ trì").fill("Ban Quản lý làng hoa Sa Đéc");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu hội chợ")).toBeVisible();

  const saved = (await (await page.request.get(`/api/v1/fairs/${id}`)).json()) as Record<string, unknown>;
  expect(saved).toMatchObject({ hostOrgId: null, hostName: "Ban Quản lý làng hoa Sa Đéc" });
  expect(consoleMessages).toEqual([]);
});
