import { expect, type Page, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

const header =
  "Tên cơ sở,Loại hình,Đối tượng,Mã số thuế,Số đăng ký kinh doanh,Chủ cơ sở / người đại diện,Mã tỉnh,Mã xã,Địa chỉ,Ngành nghề,Mã VSIC,Sản phẩm chính";
const stamp = String(Date.now()).slice(-6);
const goodRow = `Cơ sở đan lục bình Hòa An ${stamp},HKD,CNNT,,,Trần Thị Hòa,82,28249,Ấp 4,N_DD,,Túi lục bình`;
const badRow = `,HKD,CNNT,,,Lê Văn Bé,82,28249,Ấp 5,N_DD,,Thảm lục bình`;
const fixedRow = `Cơ sở thảm lục bình Lê Bé ${stamp},HKD,CNNT,,,Lê Văn Bé,82,28249,Ấp 5,N_DD,,Thảm lục bình`;

async function chooseFile(page: Page, rows: string[]) {
  await page.getByLabel("Tệp danh sách cơ sở").setInputFiles({
    name: "co-so.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...rows].join("\n"), "utf8"),
  });
  await page.getByRole("button", { name: "Chạy thử" }).click();
}

test("a provincial officer finds Đồng Tháp records without diacritics, sees an import's errors, fixes the file and imports it", async ({
  page,
}) => {
  const consoleMessages = watchConsole(page);
  await signIn(page, "dongthap@demo.khuyencong.vn");

  await page.getByRole("menuitem", { name: "Cơ sở CNNT" }).click();
  await page.getByPlaceholder(/Tìm theo tên/).fill("dong thap");
  await expect(page).toHaveURL(/q=dong/);
  await expect(page.getByRole("row", { name: /Đồng Tháp/ }).first()).toBeVisible();
  const found = Number((await page.getByTestId("establishment-count").innerText()).replace(/\D/g, ""));
  expect(found).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Nhập từ Excel" }).click();
  await chooseFile(page, [goodRow, badRow]);
  await expect(page.getByTestId("import-error-count")).toHaveText("1");
  await expect(page.getByRole("cell", { name: "Tên cơ sở" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nhập tất cả" })).toBeDisabled();

  await page.getByRole("button", { name: "Chọn tệp khác" }).click();
  await chooseFile(page, [goodRow, fixedRow]);
  await expect(page.getByTestId("import-error-count")).toHaveText("0");
  await expect(page.getByTestId("import-will-create")).toHaveText("2");
  await page.getByRole("button", { name: "Nhập tất cả" }).click();
  await expect(page.getByTestId("import-created")).toHaveText("2");
  await page.getByRole("button", { name: "Xem danh sách cơ sở" }).click();

  await page.getByPlaceholder(/Tìm theo tên/).fill(`tham luc binh le be ${stamp}`);
  await expect(page.getByRole("link", { name: `Cơ sở thảm lục bình Lê Bé ${stamp}` })).toBeVisible();
  expect(consoleMessages).toEqual([]);
});
