import { expect, type Page, test } from "@playwright/test";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 16 items 1–2 in the browser: a provincial officer plans a provincial round, forms its council and a
 * 3-member jury, gives the jurors sign-in accounts, and a juror signs in, changes the one-time password and
 * sees only "Bình chọn sản phẩm" with that one round.
 */
const code = `BC-DT-${Date.now().toString(36).toUpperCase()}`;
const title = `Bình chọn sản phẩm CNNT tiêu biểu Đồng Tháp ${code}`;

async function addMember(page: Page, section: string, role: string | null, fullName: string) {
  await page.getByRole("region", { name: section }).getByRole("button", { name: "Thêm thành viên" }).click();
  const dialog = page.getByRole("dialog");
  if (role) {
    await dialog.getByLabel("Chức danh").click();
    await page.locator(".ant-select-dropdown:visible").getByTitle(role, { exact: true }).click();
  }
  await dialog.getByLabel("Họ và tên").fill(fullName);
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("cell", { name: fullName })).toBeVisible();
}

test("a provincial officer forms a round's council and jury, and a juror sees only that round", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "dongthap@demo.khuyencong.vn");
  await page.getByRole("menuitem", { name: "Bình chọn sản phẩm" }).click();
  await page.getByRole("button", { name: "Lập đợt bình chọn" }).click();
  await page.getByLabel("Mã đợt").fill(code);
  await page.getByLabel("Tên đợt bình chọn").fill(title);
  await page.getByLabel("Năm").fill("2026");
  // S7: a provincial round in an even year is a warning, never a refusal.
  await expect(page.getByText(/thường tổ chức vào năm lẻ/)).toBeVisible();
  await page.getByLabel("Năm").fill("2027");
  await page.getByLabel("Cơ quan tổ chức").fill("Sở Công Thương Đồng Tháp");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  // The council step is the leader's: the officer sees what it still needs.
  await expect(page.getByText(/Hội đồng cần từ 7 đến 9 thành viên, hiện có 0/).first()).toBeVisible();

  await page.getByRole("tab", { name: "Hội đồng và ban giám khảo" }).click();
  await addMember(page, "Hội đồng bình chọn", "Chủ tịch hội đồng", "Trần Văn Chủ");
  await addMember(page, "Hội đồng bình chọn", "Thư ký hội đồng", "Võ Thị Thư");
  for (const n of [1, 2, 3, 4, 5]) await addMember(page, "Hội đồng bình chọn", null, `Ủy Viên Số ${n}`);
  await addMember(page, "Ban giám khảo", "Trưởng ban giám khảo", "Phan Văn Trưởng");
  await addMember(page, "Ban giám khảo", null, "Đỗ Thị Khảo");
  await addMember(page, "Ban giám khảo", null, "Hồ Văn Giám");
  await expect(page.getByText("Thành phần đáp ứng quy định.")).toBeVisible();

  const jurorEmail = `giam-khao-${Date.now()}@demo.khuyencong.vn`;
  await page
    .getByRole("row", { name: /Đỗ Thị Khảo/ })
    .getByRole("button", { name: "Cấp tài khoản" })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Thư điện tử đăng nhập").fill(jurorEmail);
  await dialog.getByRole("button", { name: "Cấp tài khoản" }).click();
  const oneTimePassword = (await dialog.getByTestId("one-time-password").innerText()).trim();
  expect(oneTimePassword).toHaveLength(16);
  await dialog.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("row", { name: /Đỗ Thị Khảo/ })).toContainText(jurorEmail);

  const jurorContext = await browser.newContext();
  const juror = await jurorContext.newPage();
  await signIn(juror, jurorEmail, oneTimePassword);
  await expect(juror).toHaveURL(/\/app\/tai-khoan\/doi-mat-khau$/);
  const newPassword = "giam-khao-dong-thap-2027";
  await juror.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  await juror.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await juror.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await juror.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(juror.getByText("Đã đổi mật khẩu")).toBeVisible();
  await juror.goto("/app");
  await expect(juror).toHaveURL(/\/app\/binh-chon-san-pham/);
  const menu = juror.getByRole("menu").first();
  await expect(menu.getByRole("menuitem")).toHaveText(["Bình chọn sản phẩm"]);
  await expect(juror.getByRole("row")).toHaveCount(2);
  await expect(juror.getByRole("link", { name: code, exact: true })).toBeVisible();
  await juror.getByRole("link", { name: code, exact: true }).click();
  await expect(juror.getByText("Thành viên ban giám khảo").first()).toBeVisible();
  await expect(juror.getByRole("button", { name: "Sửa thông tin" })).toHaveCount(0);
  await jurorContext.close();
});
