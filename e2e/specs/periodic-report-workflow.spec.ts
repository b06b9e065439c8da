import { type Browser, expect, type Page, test } from "@playwright/test";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

/**
 * Issue 17 item 2 in the browser: a provincial officer opens the 6-month report pre-filled from the records, types
 * the figures that have no records (sending is greyed until they are), saves and sends;
 * the central officer returns it with a comment, which the province reads and sends again; the central leader
 * approves and locks it, after which the province can no longer edit it; the Southern region's aggregate then counts
 * it, its figure one click away with a link back to the report.
 */
const OFFICER = "dongthap@demo.khuyencong.vn";
const CENTRAL_OFFICER = "trunguong@demo.khuyencong.vn";
const CENTRAL_LEADER = "lanhdao.trunguong@demo.khuyencong.vn";
const TRAINEES = "Số lao động được đào tạo nghề, truyền nghề";
const OTHER_MANUAL_ROWS = [
  "Số mô hình trình diễn kỹ thuật",
  "Số cơ sở được hỗ trợ máy móc thiết bị tiên tiến",
  "Số cơ sở được đánh giá sản xuất sạch hơn",
];
const COMMENT = "Đề nghị bổ sung thuyết minh về số lao động được đào tạo";

async function as(browser: Browser, email: string, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await page.goto(url);
  return page;
}

const cell = (page: Page, row: string, column: string) => page.getByLabel(`${row} — ${column}`);

test("a province's 6-month report is filled, checked, sent, returned, sent again, approved and locked", async ({
  browser,
}) => {
  // Three accounts through the whole workflow and then the aggregate: more than one minute on a busy machine.
  test.slow();
  const officer = await as(browser, OFFICER, "/app/bao-cao");
  await officer.getByRole("button", { name: "Mở báo cáo" }).click();
  const dialog = officer.getByRole("dialog");
  await chooseOption(
    officer,
    dialog.getByLabel("Mẫu báo cáo"),
    "Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công (phiên bản 1)",
  );
  await dialog.getByLabel("Năm").fill("2023");
  // Đồng Tháp before the 2025 merger: the report of 2023 is the former province's.
  await chooseOption(officer, dialog.getByLabel("Tỉnh", { exact: true }), "Đồng Tháp", "Đồng Tháp");
  await chooseOption(officer, dialog.getByLabel("Kỳ báo cáo"), "6 tháng cuối năm 2023");
  await dialog.getByRole("button", { name: "Mở báo cáo" }).click();

  await expect(officer).toHaveURL(/\/app\/bao-cao\/[\w-]+$/);
  await expect(officer.getByRole("heading", { name: /Báo cáo 6 tháng/ })).toBeVisible();
  await expect(officer.getByText("Còn 4 ô số liệu của kỳ báo cáo chưa nhập.")).toBeVisible();
  await expect(officer.getByRole("link", { name: "Từ hồ sơ" }).first()).toBeVisible();

  // Sending is greyed while figures of the period are missing, with the server's reason.
  await expect(officer.getByRole("button", { name: "Gửi báo cáo" })).toBeDisabled();
  await expect(officer.getByText("Còn 4 ô số liệu của kỳ báo cáo chưa nhập").first()).toBeAttached();
  await cell(officer, TRAINEES, "Thực hiện kỳ báo cáo").fill("120");
  await cell(officer, TRAINEES, "Cùng kỳ năm trước").fill("100");
  for (const row of OTHER_MANUAL_ROWS) await cell(officer, row, "Thực hiện kỳ báo cáo").fill("0");
  await officer.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByText("Báo cáo chưa đủ số liệu để gửi")).toHaveCount(0);
  await expect(officer.getByText("Phiên bản", { exact: true })).toBeVisible();
  await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
  await officer.getByRole("dialog").getByRole("button", { name: "Gửi", exact: true }).click();
  await expect(officer.getByText("Đã gửi").first()).toBeVisible();
  const reportUrl = officer.url().replace(/^https?:\/\/[^/]+/, "");

  const central = await as(browser, CENTRAL_OFFICER, reportUrl);
  await central.getByRole("button", { name: "Trả lại" }).click();
  await central.getByRole("dialog").getByLabel("Ý kiến chung").fill(COMMENT);
  await central.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
  await expect(central.getByText("Trả lại để sửa").first()).toBeVisible();

  await officer.reload();
  await expect(officer.getByText(COMMENT)).toBeVisible();
  await officer.getByRole("button", { name: "Gửi lại" }).click();
  await officer.getByRole("dialog").getByRole("button", { name: "Gửi", exact: true }).click();
  await expect(officer.getByText("Đã gửi lại").first()).toBeVisible();

  const leader = await as(browser, CENTRAL_LEADER, reportUrl);
  await leader.getByRole("button", { name: "Duyệt", exact: true }).click();
  await leader.getByRole("tooltip").getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(leader.getByText("Đã duyệt").first()).toBeVisible();
  await leader.getByRole("button", { name: "Khóa", exact: true }).click();
  await leader.getByRole("tooltip").getByRole("button", { name: "Khóa", exact: true }).click();
  await expect(leader.getByText("Đã khóa").first()).toBeVisible();

  await officer.reload();
  await expect(officer.getByText(/Báo cáo đã khóa/)).toBeVisible();
  await expect(cell(officer, TRAINEES, "Thực hiện kỳ báo cáo")).toHaveCount(0);

  // The regional aggregate (issue 17 item 4): the 2023 report was the former Đồng Tháp's, in the South then.
  await leader.goto("/app/bao-cao");
  await leader.getByRole("link", { name: "Báo cáo tổng hợp" }).click();
  await expect(leader.getByRole("heading", { name: "Báo cáo tổng hợp" })).toBeVisible();
  await chooseOption(
    leader,
    leader.getByLabel("Mẫu báo cáo"),
    "Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công",
  );
  await leader.getByRole("spinbutton", { name: "Năm" }).fill("2023");
  await chooseOption(leader, leader.getByLabel("Kỳ báo cáo"), "6 tháng cuối năm 2023");
  await chooseOption(leader, leader.getByLabel("Phạm vi"), "Khu vực phía Nam");
  await expect(leader.getByText(/6 tháng cuối năm 2023 — Khu vực phía Nam/)).toBeVisible();
  const former = "Đồng Tháp (trước 7/2025)";
  await expect(leader.getByRole("link", { name: former })).toBeVisible();
  await leader.getByRole("button", { name: `Số liệu từng tỉnh: ${TRAINEES} — Thực hiện kỳ báo cáo` }).click();
  const drill = leader.getByRole("tooltip").getByRole("listitem").filter({ hasText: former });
  await expect(drill).toContainText("120");
  await drill.getByRole("link", { name: former }).click();
  await expect(leader).toHaveURL(new RegExp(`${reportUrl}$`));
});
