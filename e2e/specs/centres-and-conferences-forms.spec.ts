import { expect, test } from "@playwright/test";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 17 items 6–7 in the browser: a central officer sets a centre's consulting plan for the year, records a
 * contract and sees the revenue against the plan move; then records a regional conference and sees its ordinal
 * in Roman numerals, in the form before saving and in the conference's title after. A contract changed by
 * someone else while it is open is not overwritten: the form says so and reloads.
 */
const CENTRAL_OFFICER = "trunguong@demo.khuyencong.vn";
const CENTRE_ID = "ORG-TTKC-P34-82"; // today's Đồng Tháp centre
const CENTRE = `/app/mang-luoi-khuyen-cong/trung-tam/${CENTRE_ID}`;
const WRITE = { "x-requested-with": "khuyencong" };
type ContractJson = {
  id: string;
  version: number;
  client: { name: string };
  subject: string;
  signedOn: string;
  value: { dong: string };
  revenueReceived: { dong: string };
};

test("a central officer records a consulting contract and sees the revenue against the year's plan", async ({
  page,
}) => {
  await signIn(page, CENTRAL_OFFICER);
  await page.goto(CENTRE);
  // The page opens on this year (in Vietnam); the heading says which.
  const heading = page.getByRole("heading", { name: /^Tư vấn, dịch vụ năm \d{4}$/ });
  await expect(heading).toBeVisible();
  const year = ((await heading.textContent()) ?? "").slice(-4);
  const sentence = page.getByTestId("consulting-sentence");
  await expect(sentence).toContainText("chưa có kế hoạch năm để so sánh");

  await page.getByRole("button", { name: `Kế hoạch năm ${year}` }).click();
  const plan = page.getByRole("dialog", { name: `Kế hoạch tư vấn, dịch vụ năm ${year}` });
  await plan.getByLabel("Kế hoạch doanh thu").fill("1.000.000.000");
  await plan.getByLabel("Số dự án tư vấn kế hoạch").fill("10");
  await plan.getByRole("button", { name: "Lưu" }).click();
  await expect(plan).toBeHidden();
  await expect(sentence).toHaveText("0 dự án tư vấn, 0,00 tỷ đồng, đạt 0,0 % kế hoạch năm");

  await page.getByRole("button", { name: "Thêm hợp đồng" }).click();
  const form = page.getByRole("dialog", { name: "Thêm hợp đồng" });
  await form.getByLabel("Tên khách hàng").fill("Hợp tác xã mây tre đan Định Yên");
  await form.getByLabel("Nội dung").fill("Tư vấn thiết kế mẫu mã, bao bì sản phẩm");
  await form.getByLabel("Số hợp đồng").fill("07/HĐTV");
  await form.getByLabel("Giá trị hợp đồng").fill("300000000");
  await expect(form.getByLabel("Giá trị hợp đồng")).toHaveValue("300.000.000");
  // Nothing typed as revenue yet: the form names the missing field.
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByText("Hãy nhập Doanh thu đã thu")).toBeVisible();
  await form.getByLabel("Doanh thu đã thu").fill("245000000");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form).toBeHidden();

  await expect(sentence).toHaveText("1 dự án tư vấn, 0,25 tỷ đồng, đạt 24,5 % kế hoạch năm");
  const row = page.getByRole("row", { name: /Hợp tác xã mây tre đan Định Yên/ });
  await expect(row).toContainText("Đang thực hiện");
  await expect(page.getByText("/ 10 kế hoạch")).toBeVisible();

  // Revenue received: the contract is part of the figures and can no longer be deleted, only corrected.
  await expect(row.getByRole("button", { name: /Xóa hợp đồng/ })).toBeDisabled();

  // Two officers on one contract: the one who saves second is told to reload instead of overwriting.
  await row.getByRole("button", { name: /Sửa hợp đồng/ }).click();
  const edit = page.getByRole("dialog", { name: "Sửa hợp đồng tư vấn, dịch vụ" });
  await edit.getByLabel("Số hợp đồng").fill("07/HĐTV-a");
  const read = await page.request.get(`/api/v1/extension-centres/${CENTRE_ID}?year=${year}`);
  const saved = ((await read.json()) as { contracts: ContractJson[] }).contracts[0] as ContractJson;
  const other = await page.request.put(
    `/api/v1/extension-centres/${CENTRE_ID}/consulting-contracts/${saved.id}`,
    {
      headers: WRITE,
      data: {
        clientEstablishmentId: null,
        clientName: saved.client.name,
        subject: saved.subject,
        contractNumber: "07/HĐTV-b",
        value: saved.value.dong,
        signedOn: saved.signedOn,
        finishedOn: null,
        revenueReceived: saved.revenueReceived.dong,
        state: "IN_PROGRESS",
        version: saved.version,
      },
    },
  );
  expect(other.status()).toBe(200);
  await edit.getByRole("button", { name: "Lưu" }).click();
  await expect(edit.getByText("Dữ liệu đã bị người khác thay đổi, vui lòng tải lại")).toBeVisible();
  await edit.getByRole("button", { name: "Tải lại" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("07/HĐTV-b");
});

test("a central officer records a regional conference and sees its ordinal in Roman numerals", async ({
  page,
}) => {
  await signIn(page, CENTRAL_OFFICER);
  await page.goto("/app/mang-luoi-khuyen-cong/hoi-nghi");
  await page.getByRole("button", { name: "Thêm hội nghị" }).click();
  const form = page.getByRole("dialog", { name: "Thêm hội nghị" });
  await chooseOption(page, form.getByLabel("Khu vực"), "Khu vực phía Nam");
  await form.getByLabel("Lần thứ").fill("14");
  await expect(form.getByTestId("ordinal-preview")).toContainText("lần thứ XIV");
  await chooseOption(page, form.getByLabel("Tỉnh đăng cai"), "Đồng Tháp", "Đồng Tháp");
  // The flag goes to another province: the same one is refused beside its field.
  await chooseOption(page, form.getByLabel("Tỉnh nhận cờ"), "Đồng Tháp", "Đồng Tháp");
  await form
    .getByLabel("Đơn vị tổ chức")
    .fill("Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công; Sở Công Thương Đồng Tháp");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByText("Tỉnh nhận cờ phải khác tỉnh đăng cai")).toBeVisible();
  await chooseOption(page, form.getByLabel("Tỉnh nhận cờ"), "An Giang", "An Giang");
  await form.getByRole("button", { name: "Lưu" }).click();

  await expect(page).toHaveURL(/\/app\/mang-luoi-khuyen-cong\/hoi-nghi\/[\w-]+$/);
  await expect(
    page.getByRole("heading", { name: /Hội nghị khuyến công các tỉnh phía Nam lần thứ XIV năm \d{4}/ }),
  ).toBeVisible();
  await expect(page.getByText("An Giang")).toBeVisible();

  await page.getByRole("button", { name: "Thêm kết luận" }).click();
  const resolution = page.getByRole("dialog", { name: "Thêm kết luận" });
  await resolution
    .getByLabel("Nội dung kết luận, nghị quyết")
    .fill("Tỉnh An Giang đăng cai hội nghị lần thứ XV.");
  await resolution.getByRole("button", { name: "Lưu" }).click();
  await expect(resolution).toBeHidden();
  await expect(page.getByText("1. Tỉnh An Giang đăng cai hội nghị lần thứ XV.")).toBeVisible();
});
