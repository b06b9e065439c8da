import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, type Browser, expect, type Page, request, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { DEMO_PASSWORD, signIn } from "../fixtures/sign-in";

/**
 * Issue 16's browser journey: a provincial round set up through the API (the setup is not the point), three jurors
 * with their own accounts each sign in and score the entries on their own sheets, the jury head closes scoring,
 * the council proposes and the approver recognises; then the approver issues the certificate in the round's
 * "Giấy chứng nhận" tab, the test downloads the PDF, renders it with pdftoppm, reads the QR code with jsQR, opens
 * the URL and sees "Còn hiệu lực"; revoked in the tab, the public page says so in red.
 */
const stamp = Date.now().toString(36).toUpperCase();
const OFFICER = "dongthap@demo.khuyencong.vn";
const LEADER = "lanhdao.dongthap@demo.khuyencong.vn";
const WRITE = { "x-requested-with": "khuyencong" };
const products = [`Chiếu cói hoa văn ${stamp}`, `Bánh phồng sữa ${stamp}`];

async function apiAs(baseURL: string, email: string, password = DEMO_PASSWORD) {
  const context = await request.newContext({ baseURL });
  const signedIn = await context.post("/api/v1/auth/sign-in", { data: { email, password } });
  expect(signedIn.status(), `sign-in of ${email}`).toBe(200);
  return context;
}

async function send(api: APIRequestContext, method: "post" | "put", path: string, data: object) {
  const response = await api[method](path, { data, headers: WRITE });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
  return response.status() === 204 ? null : await response.json();
}

const decision = (number: string) => ({ number, issuedOn: "2027-03-01", signer: "Nguyễn Văn Tỉnh" });

async function roundVersion(api: APIRequestContext, roundId: string): Promise<number> {
  return (await (await api.get(`/api/v1/selection-rounds/${roundId}`)).json()).version;
}

async function step(api: APIRequestContext, roundId: string, name: string, number?: string) {
  await send(api, "post", `/api/v1/selection-rounds/${roundId}/steps`, {
    version: await roundVersion(api, roundId),
    step: name,
    effectiveOn: "2027-03-01",
    decision: number ? decision(number) : null,
  });
}

/** A juror's first sign-in: the one-time password, then their own password, as the account rules require. */
async function jurorSignsIn(browser: Browser, email: string, oneTimePassword: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, oneTimePassword);
  await expect(page).toHaveURL(/\/app\/tai-khoan\/doi-mat-khau$/);
  await page.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  const own = `phieu cham rieng ${oneTimePassword.slice(0, 6)} dong thap`;
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(own);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(own);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Đã đổi mật khẩu")).toBeVisible();
  return page;
}

/** One juror's own sheet for each entry, typed into the scoring page and saved. */
async function scoreOnOwnSheets(page: Page, roundId: string, points: string[][]) {
  await page.goto(`/app/binh-chon-san-pham/${roundId}/cham-diem`);
  for (const [index, product] of products.entries()) {
    const card = page.locator(".ant-card-small", {
      has: page.locator(".ant-card-head", { hasText: product }),
    });
    for (const [criterion, value] of (points[index] ?? []).entries())
      await card.getByRole("spinbutton").nth(criterion).fill(value);
    await card.getByRole("button", { name: "Lưu phiếu" }).click();
    await expect(page.getByText("Đã lưu phiếu").last()).toBeVisible();
  }
}

test("three jurors score, the approver recognises and certifies, the PDF's QR code verifies, revocation shows red", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const base = baseURL ?? "";
  const officer = await apiAs(base, OFFICER);
  const leader = await apiAs(base, LEADER);
  const leaderId = (await (await leader.get("/api/v1/me")).json()).id as string;

  // The round, its council (chaired by the approver's account) and a jury of three with accounts.
  const round = await send(officer, "post", "/api/v1/selection-rounds", {
    code: `BC-GCN-${stamp}`,
    title: `Bình chọn sản phẩm CNNT tiêu biểu Đồng Tháp ${stamp}`,
    level: "TINH",
    provinceId: "P34-82",
    year: 2027,
    organiserName: "Sở Công Thương Đồng Tháp",
  });
  const roundId = round.id as string;
  const members = `/api/v1/selection-rounds/${roundId}/members`;
  const council = [
    { role: "CHAIR", fullName: "Phạm Thị Sen", userId: leaderId },
    { role: "SECRETARY", fullName: "Võ Thị Thư" },
    ...[1, 2, 3, 4, 5].map((n) => ({ role: "COUNCIL_MEMBER", fullName: `Ủy Viên Số ${n}` })),
  ];
  for (const member of council) await send(officer, "post", members, { body: "COUNCIL", ...member });
  const jury = [
    { role: "JURY_HEAD", fullName: "Phan Văn Trưởng" },
    { role: "JUROR", fullName: "Đỗ Thị Khảo" },
    { role: "JUROR", fullName: "Hồ Văn Giám" },
  ];
  const accounts: { email: string; oneTimePassword: string }[] = [];
  for (const [index, member] of jury.entries()) {
    const list = await send(officer, "post", members, { body: "JURY", ...member });
    const row = list.items.find((m: { fullName: string }) => m.fullName === member.fullName);
    const email = `giam-khao-${index + 1}-${stamp.toLowerCase()}@demo.khuyencong.vn`;
    const granted = await send(officer, "post", `${members}/${row.id}/account`, {
      version: row.version,
      email,
    });
    accounts.push({ email, oneTimePassword: granted.oneTimePassword });
  }
  await step(leader, roundId, "FORM_COUNCIL", `12/QĐ-UBND-${stamp}`);
  await step(officer, roundId, "OPEN_CALL", `13/TB-SCT-${stamp}`);
  // Two establishments the registry does not find ineligible (S1), so their entries are judged.
  const registry = (await (await officer.get("/api/v1/establishments?pageSize=200")).json()).items as {
    id: string;
    eligibility: { verdict: string };
  }[];
  const establishments = registry.filter((e) => e.eligibility.verdict !== "NOT_ELIGIBLE").slice(0, 2);
  expect(establishments, "two demo establishments that may enter").toHaveLength(2);
  for (const [index, productName] of products.entries())
    await send(officer, "post", `/api/v1/selection-rounds/${roundId}/entries`, {
      establishmentId: establishments[index]?.id,
      productName,
      productGroup: "G3",
    });

  // Each juror signs in with their own account; the head proposes the frame, the chair approves it.
  const jurors: Page[] = [];
  for (const account of accounts)
    jurors.push(await jurorSignsIn(browser, account.email, account.oneTimePassword));
  const [head, second, third] = jurors as [Page, Page, Page];
  await send(head.request, "put", `/api/v1/selection-rounds/${roundId}/frame`, {
    roundVersion: await roundVersion(officer, roundId),
    criteria: [
      { criterionGroup: "C1", label: "Tính sáng tạo, độc đáo", maxPoints: "25" },
      { criterionGroup: "C2", label: "Hiệu quả kinh tế, xã hội", maxPoints: "25" },
      { criterionGroup: "C3", label: "Giá trị văn hóa, thẩm mỹ", maxPoints: "25" },
      { criterionGroup: "C4", label: "Khả năng sản xuất, thị trường", maxPoints: "25" },
    ],
  });
  await send(leader, "post", `/api/v1/selection-rounds/${roundId}/frame/approve`, {
    roundVersion: await roundVersion(leader, roundId),
  });
  await step(officer, roundId, "START_JUDGING");

  await scoreOnOwnSheets(head, roundId, [
    ["23", "22", "20", "20"],
    ["20", "20", "19", "19"],
  ]);
  await scoreOnOwnSheets(second, roundId, [
    ["21", "21", "21", "20"],
    ["20", "19", "18", "19"],
  ]);
  await scoreOnOwnSheets(third, roundId, [
    ["22", "22", "22", "21"],
    ["18", "18", "18,5", "17"],
  ]);
  await head.reload();
  await head.getByRole("button", { name: "Khóa chấm điểm và tổng hợp" }).click();
  await head.getByRole("button", { name: /^(OK|Đồng ý|Có)$/ }).click();
  await expect
    .poll(
      async () => (await (await officer.get(`/api/v1/selection-rounds/${roundId}`)).json()).scoringClosedAt,
    )
    .not.toBeNull();

  // The council proposes both (means 84,67 and 75,83) and the approver recognises them.
  const entries = (
    await (await officer.get(`/api/v1/selection-rounds/${roundId}/entries?pageSize=10`)).json()
  ).items as { id: string }[];
  await send(officer, "put", `/api/v1/selection-rounds/${roundId}/proposed-list`, {
    roundVersion: await roundVersion(officer, roundId),
    entryIds: entries.map((entry) => entry.id),
  });
  await step(officer, roundId, "PROPOSE_RESULTS", `05/BB-HĐ-${stamp}`);
  await step(leader, roundId, "RECOGNISE", `45/QĐ-UBND-${stamp}`);

  // The approver issues the certificates in the round's new tab.
  await signIn(page, LEADER);
  await page.goto(`/app/binh-chon-san-pham/${roundId}?tab=chung-nhan`);
  await expect(page.getByRole("cell", { name: products[0] })).toBeVisible();
  await page.getByRole("button", { name: "Cấp giấy chứng nhận" }).click();
  const issue = page.getByRole("dialog");
  await issue.getByLabel("Số quyết định công nhận").fill(`45/QĐ-UBND-${stamp}`);
  await issue.getByLabel("Người ký quyết định").fill("Nguyễn Văn Tỉnh");
  await issue.getByRole("button", { name: "Cấp giấy" }).click();
  await expect(page.getByText("Đã cấp 2 giấy chứng nhận")).toBeVisible();
  // Everything recognised is certified: the action stays, greyed with the server's reason.
  await expect(page.getByRole("button", { name: "Cấp giấy chứng nhận" })).toBeDisabled();
  const issuedRow = page.getByRole("row", { name: new RegExp(products[0] ?? "") }).last();
  await expect(issuedRow).toContainText("Còn hiệu lực");
  await issuedRow.getByRole("button").first().click();
  const drawer = page.locator(".ant-drawer-open");

  // The printed PDF's QR code, read from the rendered page, opens the public page: valid.
  const downloading = page.waitForEvent("download");
  await drawer.getByRole("button", { name: "Tải PDF" }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), "kc-e2e-qr-"));
  let scanned: string | undefined;
  try {
    await download.saveAs(join(dir, "c.pdf"));
    execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", join(dir, "c.pdf"), join(dir, "c")]);
    const png = PNG.sync.read(readFileSync(join(dir, "c.png")));
    scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(scanned, "a QR code on the rendered certificate").toMatch(/\/xac-minh\//);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(scanned ?? "");
  await expect(visitor.getByText("Còn hiệu lực", { exact: true })).toBeVisible();
  await expect(visitor.getByText(products[0] ?? "")).toBeVisible();

  // Revoked in the tab, the same URL says so in red.
  await drawer.getByRole("button", { name: "Thu hồi" }).click();
  const revoke = page.getByRole("dialog", { name: /Thu hồi giấy chứng nhận/ });
  await revoke.getByLabel("Số quyết định thu hồi").fill(`60/QĐ-UBND-${stamp}`);
  await revoke
    .getByLabel("Lý do thu hồi")
    .fill("Cơ sở không duy trì chất lượng sản phẩm như hồ sơ bình chọn");
  await revoke.getByRole("button", { name: "Thu hồi giấy chứng nhận" }).click();
  await expect(page.getByText("Đã thu hồi giấy chứng nhận")).toBeVisible();
  await expect(drawer.getByText("Đã thu hồi", { exact: true })).toBeVisible();
  // Another person scans it (the first visitor's browser may keep the answer as long as its caching headers allow).
  const later = await (await browser.newContext()).newPage();
  await later.goto(scanned ?? "");
  const revoked = later.locator('[data-state="REVOKED"] strong');
  await expect(revoked).toHaveText("Đã thu hồi");
  const colour = await revoked.evaluate((element) => getComputedStyle(element).color);
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  expect(r, `"Đã thu hồi" in red (${colour})`).toBeGreaterThan(150);
  expect(g).toBeLessThan(100);
  expect(b).toBeLessThan(100);
});
