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
  await page.getByLabel("Đơn vị chủ trì").fill("Sở Công Thương Đồng Tháp");
  await page.getByLabel("Đơn vị tổ chức").fill("Trung tâm Khuyến công Đồng Tháp");
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
