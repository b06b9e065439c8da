import { expect, type Locator, type Page, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { chooseOption } from "../fixtures/select";
import { signIn } from "../fixtures/sign-in";

/**
 * A national machinery project from proposal to closing, through the screens, by the bodies that take its steps:
 * the Đồng Tháp officer (its centre implements), the Đồng Tháp leader, the central leader and the central
 * officer. Same dates, documents and money as apps/server/test/project-lifecycle.test.ts.
 */

const OFFICER = "dongthap@demo.khuyencong.vn";
const LEADER = "lanhdao.dongthap@demo.khuyencong.vn";
const CENTRAL = "trunguong@demo.khuyencong.vn";
const CENTRAL_LEADER = "lanhdao.trunguong@demo.khuyencong.vn";
const stamp = String(Date.now()).slice(-6);
const title = `Hỗ trợ máy sấy nông sản ${stamp}`;

/** A small real PDF (header, one empty page, trailer): enough for the server's content sniffer. */
function pdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** Types a date (dd/MM/yyyy, or MM/yyyy for a month) into an antd DatePicker and confirms it. */
async function typeDate(input: Locator, text: string) {
  await input.click();
  await input.fill(text);
  await input.press("Enter");
  await expect(input).toHaveValue(text);
}

async function switchTo(page: Page, email: string) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await signIn(page, email);
}

async function openProject(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("project-actions")).toBeVisible();
}

const status = (page: Page) => page.locator("[data-status]").first();

type DocumentFill = { number?: string; signer?: string; authority?: string };

type StepFill = {
  date: string;
  documents?: DocumentFill[];
  extra?: (dialog: Locator) => Promise<void>;
  /** The status code the project reaches. */
  reaches: string;
};

/** Opens a step's guided form from its button, fills it as an officer would and checks the new status. */
async function takeStep(page: Page, label: string, fill: StepFill) {
  await page.getByTestId("project-actions").getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: label });
  await typeDate(dialog.getByLabel("Ngày của bước"), fill.date);
  for (const [index, document] of (fill.documents ?? []).entries()) {
    const group = dialog.getByRole("group", { name: `Văn bản ${index + 1}` });
    await expect(group.getByLabel("Ngày ký")).toHaveValue(fill.date);
    if (document.number) await group.getByLabel("Số văn bản").fill(document.number);
    if (document.signer) await group.getByLabel("Người ký", { exact: true }).fill(document.signer);
    if (document.authority) await chooseOption(page, group.getByLabel("Cấp người ký"), document.authority);
  }
  await fill.extra?.(dialog);
  await dialog.getByRole("button", { name: "Thực hiện" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveAttribute("data-status", fill.reaches);
}

async function attach(page: Page, file: string, kind: string, kindSearch: string, evidence?: string) {
  await page.getByRole("tab", { name: "Văn bản", exact: true }).click();
  await page.getByRole("button", { name: "Đính kèm văn bản" }).click();
  const dialog = page.getByRole("dialog", { name: "Đính kèm văn bản vào đề án" });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: file,
    mimeType: "application/pdf",
    buffer: pdf(file),
  });
  await chooseOption(page, dialog.getByLabel("Loại văn bản"), kind, kindSearch);
  if (evidence) await chooseOption(page, dialog.getByLabel("Là hồ sơ nghiệm thu"), evidence);
  await dialog.getByRole("button", { name: "Đính kèm văn bản" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: new RegExp(file.replace(".", "\\.")) })).toBeVisible();
}

test("a national project goes from proposal to settlement across four accounts and ends closed", async ({
  page,
}) => {
  // Seventeen steps through four accounts: 2.8 minutes with two busy loops on this two-core machine, so 3 minutes
  // left no room. The limit only catches a hang: every step waits for what it needs, never a fixed time.
  test.setTimeout(300_000);
  const consoleMessages = watchConsole(page);

  // The Đồng Tháp officer proposes the project; its centre implements it.
  await signIn(page, OFFICER);
  await page.getByRole("menuitem", { name: "Đề án khuyến công" }).click();
  await expect(page.getByTestId("project-count")).toBeVisible();
  await page.getByRole("button", { name: "Lập đề án" }).click();
  await page.getByLabel("Tên đề án").fill(title);
  await page.getByLabel("Năm kế hoạch").fill("2016");
  await chooseOption(
    page,
    page.getByLabel("Nội dung hỗ trợ"),
    "Ứng dụng máy móc thiết bị tiên tiến",
    "may moc",
  );
  await expect(page.getByLabel("Tên đơn vị thực hiện")).toHaveValue(/Đồng Tháp/);

  await page.getByRole("button", { name: "Thêm cơ sở thụ hưởng" }).click();
  // Any demo establishment of Đồng Tháp (the search is on the server, without diacritics).
  await chooseOption(page, page.getByLabel("Cơ sở thụ hưởng 1", { exact: true }), null, "co so");
  await page.getByLabel("Tỷ lệ hỗ trợ của cơ sở 1").fill("100");

  await page.getByRole("button", { name: "Thêm dòng dự toán" }).click();
  await page.getByLabel("Nội dung chi của dòng 1").fill("Máy sấy nông sản");
  await chooseOption(
    page,
    page.getByLabel("Mục chi của dòng 1"),
    "Chi mô hình trình diễn, chuyển giao công nghệ, ứng dụng máy móc thiết bị",
  );
  await page.getByLabel("Mã định mức của dòng 1").fill("c");
  await page.getByLabel("Số lượng của dòng 1").fill("2");
  await page.getByLabel("Đơn giá của dòng 1").fill("150000000");
  await page.getByLabel("Kinh phí KC của dòng 1").fill("150000000");
  // Until the counterpart is entered the sources fall short of the line total: the form warns.
  await expect(page.getByRole("img", { name: "Các nguồn không khớp thành tiền" })).toBeVisible();
  await page.getByLabel("Vốn đối ứng của dòng 1").fill("150000000");
  await expect(page.getByRole("img", { name: "Các nguồn không khớp thành tiền" })).toHaveCount(0);
  await expect(page.getByLabel("Đơn giá của dòng 1")).toHaveValue("150.000.000");

  await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await chooseOption(
    page,
    page.getByLabel("Chỉ tiêu 1", { exact: true }),
    "Số cơ sở được hỗ trợ máy móc thiết bị tiên tiến",
  );
  await page.getByLabel("Mục tiêu của chỉ tiêu 1").fill("1");
  await page.getByRole("button", { name: "Lập đề án", exact: true }).click();
  await expect(page).toHaveURL(/\/app\/de-an\/[\w-]{36}$/);
  await expect(status(page)).toHaveAttribute("data-status", "DRAFT");
  const projectUrl = page.url();
  await expect(page.getByText(/^KCQG-2016-82-\d{4} · /)).toBeVisible();

  // Without the beneficiary's request letter the DoIT cannot be asked to appraise: the page says why before any
  // form opens, and the step is greyed.
  const submit = "Gửi hồ sơ đề án đến Sở Công Thương thẩm định";
  const submitButton = page.getByTestId("project-actions").getByRole("button", { name: submit });
  await expect(submitButton).toBeDisabled();
  await expect(page.getByRole("region", { name: submit })).toContainText(
    "Thiếu văn bản đề nghị hỗ trợ của đơn vị thụ hưởng",
  );

  await attach(
    page,
    "don-de-nghi.pdf",
    "Văn bản đề nghị hỗ trợ của đơn vị thụ hưởng",
    "de nghi ho tro cua don vi",
  );
  // The attachment is served back as the PDF it is.
  const letter = await page.getByRole("link", { name: /don-de-nghi\.pdf/ }).getAttribute("href");
  const download = await page.request.get(letter ?? "");
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await expect(submitButton).toBeEnabled();
  await takeStep(page, submit, {
    date: "10/05/2015",
    documents: [{ number: "15/CV-TTKC" }],
    reaches: "SUBMITTED_BASE",
  });

  // The DoIT's leader appraises it.
  await switchTo(page, LEADER);
  await openProject(page, projectUrl);
  await takeStep(page, "Kết luận đạt thẩm định cấp cơ sở", {
    date: "30/05/2015",
    documents: [{ signer: "Phạm Thị Sen", authority: "Giám đốc Sở Công Thương" }],
    extra: async (dialog) => {
      await expect(dialog.getByRole("radio", { name: "Đạt", exact: true })).toBeChecked();
    },
    reaches: "BASE_APPRAISED",
  });

  // The officer registers it with the central agency.
  await switchTo(page, OFFICER);
  await openProject(page, projectUrl);
  await takeStep(page, "Sở Công Thương đăng ký đề án với Cục", {
    date: "10/06/2015",
    documents: [{}, {}],
    reaches: "SUBMITTED_CENTRAL",
  });

  // The central leader appraises it and puts it in the approved national plan.
  await switchTo(page, CENTRAL_LEADER);
  await openProject(page, projectUrl);
  await takeStep(page, "Kết luận đạt thẩm định cấp Bộ", {
    date: "01/10/2015",
    documents: [{ signer: "Hoàng Minh Cục", authority: "Cục trưởng Cục quản lý khuyến công" }],
    reaches: "CENTRAL_APPRAISED",
  });
  await takeStep(page, "Đưa vào kế hoạch khuyến công quốc gia được Bộ trưởng phê duyệt", {
    date: "20/12/2015",
    documents: [{ number: "1220/QĐ-BCT", signer: "Bộ trưởng", authority: "Bộ trưởng Bộ Công Thương" }],
    reaches: "IN_APPROVED_PLAN",
  });

  // The central officer assigns the plan and signs the contract for the whole KC support.
  await switchTo(page, CENTRAL);
  await openProject(page, projectUrl);
  await takeStep(page, "Giao kế hoạch cho đơn vị thực hiện", {
    date: "10/01/2016",
    documents: [
      { number: "110/QĐ-KC", signer: "Hoàng Minh Cục", authority: "Cục trưởng Cục quản lý khuyến công" },
    ],
    reaches: "ASSIGNED",
  });
  await takeStep(page, "Ký hợp đồng thực hiện đề án hoặc giao nhiệm vụ", {
    date: "01/02/2016",
    documents: [{ number: "01/HĐ-KCQG", signer: "Nguyễn Văn Trung" }],
    extra: async (dialog) => {
      await expect(dialog.getByLabel("Kinh phí khuyến công theo hợp đồng (đồng)")).toHaveValue("150.000.000");
    },
    reaches: "CONTRACTED",
  });

  // The officer starts, reports progress, reports completion, files the evidence, accepts and files settlement.
  await switchTo(page, OFFICER);
  await openProject(page, projectUrl);
  await takeStep(page, "Bắt đầu triển khai (tạm ứng lần đầu hoặc báo cáo khởi động)", {
    date: "01/04/2016",
    documents: [{}],
    reaches: "IN_PROGRESS",
  });
  await page.getByRole("tab", { name: "Tiến độ" }).click();
  await typeDate(page.getByLabel("Kỳ báo cáo (tháng)"), "04/2016");
  await typeDate(page.getByLabel("Ngày báo cáo"), "20/04/2016");
  await page.getByLabel("Khối lượng hoàn thành").fill("75");
  await page.getByLabel("Công việc đã thực hiện").fill("Đã lắp đặt máy sấy");
  await page.getByLabel("Sở Công Thương xác nhận khối lượng").check();
  await page.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  await expect(page.getByRole("listitem", { name: /^04\/2016: Đúng hạn/ })).toContainText("75 %");

  await takeStep(page, "Báo cáo hoàn thành, đề nghị nghiệm thu", {
    date: "01/10/2016",
    documents: [{}, {}],
    reaches: "COMPLETED_PENDING_ACCEPTANCE",
  });
  await attach(
    page,
    "hop-dong-mua-ban.pdf",
    "Văn bản khác",
    "van ban khac",
    "Hợp đồng mua bán máy móc thiết bị — cần cho nghiệm thu",
  );
  await attach(
    page,
    "bien-ban-thanh-ly.pdf",
    "Văn bản khác",
    "van ban khac",
    "Biên bản nghiệm thu, thanh lý hợp đồng — cần cho nghiệm thu",
  );
  await expect(page.getByRole("img", { name: "Còn thiếu" })).toHaveCount(0);
  await takeStep(page, "Nghiệm thu cơ sở", {
    date: "20/10/2016",
    documents: [{ signer: "Lê Văn Tháp" }],
    extra: async (dialog) => {
      await dialog.getByLabel("Giá trị được nghiệm thu, chấp nhận (đồng)").fill("140000000");
    },
    reaches: "ACCEPTED",
  });
  await takeStep(page, "Lập hồ sơ quyết toán", {
    date: "01/11/2016",
    documents: [{}],
    reaches: "SETTLEMENT_FILED",
  });

  // The central officer liquidates and settles, then pays the balance: the system closes the project.
  await switchTo(page, CENTRAL);
  await openProject(page, projectUrl);
  await takeStep(page, "Thanh lý hợp đồng và phê duyệt quyết toán", {
    date: "15/12/2016",
    documents: [{ signer: "Nguyễn Văn Trung" }, { number: "1512/QĐ-KC", signer: "Hoàng Minh Cục" }],
    reaches: "LIQUIDATED_SETTLED",
  });
  await page.getByRole("tab", { name: "Giải ngân" }).click();
  await expect(page.getByRole("radio", { name: "Thanh toán" })).toBeChecked();
  await expect(page.getByLabel("Số tiền (đồng)")).toHaveValue("140.000.000");
  await typeDate(page.getByLabel("Ngày chi"), "20/12/2016");
  await page.getByLabel("Số chứng từ kho bạc").fill("KB-2016-1220");
  await page.getByRole("button", { name: "Ghi khoản giải ngân" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "CLOSED");
  await expect(status(page)).toHaveText("Kết thúc");
  await expect(
    page.getByRole("row", { name: /20\/12\/2016 Thanh toán 140\.000\.000 KB-2016-1220/ }),
  ).toBeVisible();
  await expect(page.getByTestId("project-actions")).toHaveText(
    "Bạn không có bước nào cần thực hiện trên đề án này lúc này.",
  );

  await page.getByRole("tab", { name: "Tiến trình" }).click();
  const timeline = page.getByTestId("project-timeline");
  await expect(timeline).toContainText("Thanh toán kinh phí");
  await expect(timeline).toContainText("Hệ thống");
  await expect(timeline.getByText("Kết luận đạt thẩm định cấp Bộ")).toBeVisible();
  // The page never sent a step the server would refuse: the browser logged nothing.
  expect(consoleMessages).toEqual([]);
});
