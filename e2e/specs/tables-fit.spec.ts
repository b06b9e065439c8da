import { expect, type Locator, type Page } from "@playwright/test";
import { test, waitUntilReady } from "../fixtures/signed-in";

/**
 * Tables that fit (issue 14, item 1 and the list half of item 7). At 1440×900 every list shows its status and
 * money columns (and the columns each list declares it must show) without scrolling sideways; at 390×844 no
 * list page scrolls sideways as a whole (a wide table scrolls inside itself, its first column fixed).
 *
 * Each account signs in once (through the API) and keeps one browser context per screen size for all its lists
 * (fixtures/signed-in.ts): signing in through the page before every list took longer than checking the list.
 */

type ListPage = {
  name: string;
  /** The page's address, or how to find it through the API as the signed-in person (a record's tab). */
  path: string | ((page: Page) => Promise<string>);
  /** Header texts that must be on screen at 1440 px without scrolling. */
  mustSee: string[];
  /** The board by phase has no table: its six phases must all be on screen. */
  board?: boolean;
};

const projects: ListPage = {
  name: "đề án",
  path: "/app/de-an",
  mustSee: ["Mã đề án", "Trạng thái", "Kinh phí KC (đồng)", "Đã giải ngân (đồng)"],
};
const board: ListPage = {
  name: "bảng theo giai đoạn",
  path: "/app/de-an?view=board",
  mustSee: [],
  board: true,
};
const establishments: ListPage = {
  name: "cơ sở CNNT",
  path: "/app/co-so-cnnt",
  mustSee: ["Tên cơ sở", "Mã số thuế", "Điều kiện", "Cập nhật"],
};
const annualPlans: ListPage = {
  name: "kế hoạch năm",
  path: "/app/ke-hoach",
  mustSee: ["Tổng kế hoạch", "KCQG", "KCĐP", "Thực hiện", "% thực hiện", "Quyết định"],
};
const programmes: ListPage = {
  name: "chương trình",
  path: "/app/ke-hoach?tab=programmes",
  mustSee: ["Tên chương trình", "Giai đoạn", "Số mục tiêu"],
};
const reportedFigures: ListPage = {
  name: "số liệu báo cáo",
  path: "/app/ke-hoach?tab=figures",
  mustSee: ["Chỉ tiêu", "Giá trị", "Loại số liệu"],
};
const figureChecks: ListPage = {
  name: "kiểm tra số liệu",
  path: "/app/ke-hoach?tab=checks",
  mustSee: ["Số in trong báo cáo", "Giá trị tính lại", "Kết quả", "Nhận xét"],
};
const fairs: ListPage = {
  name: "hội chợ",
  path: "/app/hoi-cho-trien-lam",
  mustSee: ["Hội chợ", "Trạng thái", "Thời gian", "Số cơ sở", "Số lượt", "Số gian"],
};
const showrooms: ListPage = {
  name: "phòng trưng bày",
  path: "/app/xuc-tien-thuong-mai/phong-trung-bay",
  mustSee: ["Tên phòng trưng bày", "Nơi đặt", "Hỗ trợ (đồng)", "Ngày khai trương"],
};
const brands: ListPage = {
  name: "thương hiệu",
  path: "/app/xuc-tien-thuong-mai/thuong-hieu",
  mustSee: ["Tên thương hiệu, nhãn hiệu", "Tình trạng", "Hỗ trợ (đồng)", "Tỉnh"],
};
/**
 * A fair's participants: the officer's own fair still taking participations, so its rows carry the actions
 * (recorded now through the API with one participant when the demo data has none); the central account reads the
 * 2018 national fair of the demo data, reported, without actions.
 */
const fairParticipants: ListPage = {
  name: "cơ sở tham gia hội chợ",
  path: async (page) => `/app/hoi-cho-trien-lam/${await editableFairWithParticipant(page)}?tab=participants`,
  mustSee: ["Cơ sở", "Gian hàng", "Hỗ trợ (đồng)", "Tiền thuê (đồng)", "Thao tác"],
};
const reportedFairParticipants: ListPage = {
  name: "cơ sở tham gia hội chợ đã báo cáo",
  path: async (page) => {
    const listed = await page.request.get("/api/v1/fairs?pageSize=1&year=2018&level=NATIONAL");
    const id = ((await listed.json()) as { items: { id: string }[] }).items[0]?.id;
    expect(id, "the demo data's 2018 national fair").toBeTruthy();
    return `/app/hoi-cho-trien-lam/${id}?tab=participants`;
  },
  mustSee: ["Cơ sở", "Gian hàng", "Hỗ trợ (đồng)", "Tiền thuê (đồng)", "Định mức"],
};
const selectionRounds: ListPage = {
  name: "đợt bình chọn",
  path: "/app/binh-chon-san-pham",
  mustSee: ["Mã đợt", "Tên đợt bình chọn", "Trạng thái", "Cấp", "Năm", "Địa bàn"],
};
/** The demo round's complaints (one answered, in the demo data), read by the province's officer who keeps them. */
const selectionComplaints: ListPage = {
  name: "khiếu nại của đợt bình chọn",
  path: "/app/binh-chon-san-pham/demo-round-2026-DT?tab=khieu-nai",
  mustSee: ["Ngày nhận", "Người khiếu nại", "Hạn giải quyết", "Tình trạng", "Thao tác"],
};
const users: ListPage = {
  name: "người dùng",
  path: "/app/nguoi-dung",
  mustSee: ["Họ tên", "Trạng thái", "Vai trò", "Thao tác"],
};
const catalogues: ListPage[] = [
  { name: "tổ chức", path: "/app/danh-muc/to-chuc", mustSee: ["Loại tổ chức", "Hiệu lực đến"] },
  {
    name: "văn bản pháp lý",
    path: "/app/danh-muc/van-ban-phap-ly",
    mustSee: ["Tình trạng", "Ngày hiệu lực"],
  },
  { name: "định mức hỗ trợ", path: "/app/danh-muc/dinh-muc-ho-tro", mustSee: ["Số định mức", "Độ tin cậy"] },
  {
    name: "lịch ngày làm việc",
    path: "/app/danh-muc/lich-lam-viec",
    mustSee: ["Loại ngày", "Lý do / văn bản"],
  },
  { name: "đơn vị hành chính", path: "/app/danh-muc/don-vi-hanh-chinh", mustSee: ["Vùng", "Hợp nhất vào"] },
  { name: "vùng khuyến công", path: "/app/danh-muc/vung-khuyen-cong", mustSee: ["Tỉnh, thành phố"] },
  { name: "danh mục mã", path: "/app/danh-muc/danh-muc-ma", mustSee: ["Hiệu lực đến", "Căn cứ pháp lý"] },
];

const accounts: { who: string; email: string; lists: ListPage[] }[] = [
  {
    who: "cán bộ Cục (toàn quốc)",
    email: "trunguong@demo.khuyencong.vn",
    lists: [
      projects,
      board,
      establishments,
      annualPlans,
      programmes,
      reportedFigures,
      figureChecks,
      fairs,
      reportedFairParticipants,
      showrooms,
      brands,
      selectionRounds,
    ],
  },
  // Users with their row actions are the administrator's; the catalogues read the same for everyone.
  { who: "quản trị hệ thống", email: "admin@demo.khuyencong.vn", lists: [users, ...catalogues] },
  {
    who: "cán bộ Sở Đồng Tháp",
    email: "dongthap@demo.khuyencong.vn",
    lists: [
      projects,
      board,
      establishments,
      fairs,
      fairParticipants,
      annualPlans,
      reportedFigures,
      showrooms,
      brands,
      selectionRounds,
      selectionComplaints,
    ],
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const WRITE = { "x-requested-with": "khuyencong" };

/** A planned fair of the officer's province with at least one participant, recorded through the API if needed. */
async function editableFairWithParticipant(page: Page): Promise<string> {
  const listed = await page.request.get("/api/v1/fairs?pageSize=1&status=PLANNED&q=bang vua man hinh");
  const found = ((await listed.json()) as { items: { id: string }[] }).items[0]?.id;
  if (found) return found;
  const me = (await (await page.request.get("/api/v1/me")).json()) as {
    scope: { provinceId?: string | null };
  };
  const provinceId = me.scope.provinceId ?? null;
  const created = await page.request.post("/api/v1/fairs", {
    headers: WRITE,
    data: {
      name: "Hội chợ kiểm tra bảng vừa màn hình",
      level: "REGIONAL",
      kind: "CNNT",
      hostName: "Sở Công Thương",
      organiserName: "Trung tâm Khuyến công",
      venueUnitId: provinceId,
      startDate: "2025-10-10",
      endDate: "2025-10-14",
      plannedBooths: 100,
      provinceId,
    },
  });
  expect(created.status(), "a fair for the table check").toBe(201);
  const fairId = ((await created.json()) as { id: string }).id;
  const establishments = await page.request.get("/api/v1/establishments?pageSize=1&status=ACTIVE");
  const establishmentId = ((await establishments.json()) as { items: { id: string }[] }).items[0]?.id;
  // No support (the demo holds no norm for 2025): the row still carries booths, rent and its actions.
  const added = await page.request.post(`/api/v1/fairs/${fairId}/participants`, {
    headers: WRITE,
    data: { establishmentId, wholeBooths: 2, boothRent: "24000000", supportShareBps: 0, supportAmount: "0" },
  });
  expect(added.status(), "a participant for the table check").toBe(201);
  return fairId;
}

/**
 * Opens a list and waits until its table (or board) has answered and laid out: its rows (or the empty-list text)
 * are shown and nothing on the page is still loading. That is the state a person measures by eye; waiting for
 * the network to be idle as well added half a second of silence to every list and proved nothing more.
 */
async function openList(page: Page, list: ListPage): Promise<void> {
  await page.goto(typeof list.path === "string" ? list.path : await list.path(page));
  if (list.board) {
    await expect(page.getByTestId("project-board")).toBeVisible();
  } else {
    await expect(page.locator(".ant-table-thead th").filter({ visible: true }).first()).toBeVisible();
    await expect(
      page
        .locator(".ant-table-tbody .ant-table-row, .ant-table-placeholder")
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
  }
  await waitUntilReady(page);
}

/** The visible header cell with exactly this text (sort icons carry no text). */
function headerCell(page: Page, title: string): Locator {
  return page
    .locator(".ant-table-thead th")
    .filter({ visible: true })
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) })
    .first();
}

/** The x of an element's right edge, in the window. */
async function rightEdge(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("the element has no box (not rendered)");
  return box.x + box.width;
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const account of accounts) {
  test.describe(`Bảng vừa màn hình 1440×900 — ${account.who}`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, signedInAs: account.email });

    for (const list of account.lists) {
      test(`${list.name}: trạng thái, tiền và cột bắt buộc trong màn hình, bảng không cuộn ngang`, async ({
        page,
      }) => {
        await openList(page, list);
        const viewport = page.viewportSize()?.width ?? 1440;
        if (list.board) {
          const phases = page.getByTestId("project-board").locator("section");
          await expect(phases).toHaveCount(6);
          for (const phase of await phases.all()) {
            expect(await rightEdge(phase), "every phase of the board is on screen").toBeLessThanOrEqual(
              viewport,
            );
          }
          const board = await page
            .getByTestId("project-board")
            .evaluate((element) => element.scrollWidth - element.clientWidth);
          expect(board, "the board does not scroll sideways").toBeLessThanOrEqual(1);
        }
        for (const title of list.mustSee) {
          const cell = headerCell(page, title);
          await expect(cell, `column "${title}" exists`).toBeVisible();
          const right = await rightEdge(cell);
          expect(right, `column "${title}" is inside the window`).toBeLessThanOrEqual(viewport);
          // Inside its table's scroll container too, and that container has nothing to scroll to: a column
          // hidden to the right of a scroller would still be "inside the window" if the scroller were wider.
          const container = await cell.evaluate((element) => {
            const scroller = element.closest(".ant-table-content, .ant-table-header, .ant-table-container");
            const rect = (scroller ?? element).getBoundingClientRect();
            return {
              right: rect.right,
              overflow: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
            };
          });
          expect(right, `column "${title}" is inside its table`).toBeLessThanOrEqual(container.right + 1);
          expect(container.overflow, `the table of "${title}" does not scroll sideways`).toBeLessThanOrEqual(
            1,
          );
        }
        expect(await sideways(page), "the page does not scroll sideways").toBeLessThanOrEqual(0);
      });
    }
  });

  test.describe(`Danh sách trên điện thoại 390×844 — ${account.who}`, () => {
    test.use({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      signedInAs: account.email,
    });

    for (const list of account.lists) {
      test(`${list.name}: trang không cuộn ngang`, async ({ page }) => {
        await openList(page, list);
        await expect
          .poll(() => sideways(page), { message: `${list.name}: the page scrolls sideways on a phone` })
          .toBeLessThanOrEqual(0);
      });
    }
  });
}

test.describe("Danh sách trên điện thoại 390×844 — cột đầu cố định, bộ lọc trong ngăn kéo", () => {
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    signedInAs: "dongthap@demo.khuyencong.vn",
  });

  test("danh sách đề án giữ cột mã khi cuộn bảng, bộ lọc mở bằng nút Bộ lọc", async ({ page }) => {
    await openList(page, projects);
    const code = headerCell(page, "Mã đề án");
    const before = await code.boundingBox();
    await page
      .locator(".ant-table-content, .ant-table-body")
      .first()
      .evaluate((element) => {
        element.scrollLeft = 400;
      });
    const after = await code.boundingBox();
    expect(after?.x, "the code column stays while the table scrolls").toBeCloseTo(before?.x ?? -1, 0);

    await expect(page.getByRole("combobox", { name: "Năm kế hoạch" })).toBeHidden();
    await page.getByRole("button", { name: "Bộ lọc" }).click();
    const drawer = page.getByRole("dialog", { name: "Bộ lọc danh sách" });
    await expect(drawer.getByRole("combobox", { name: "Năm kế hoạch" })).toBeVisible();
  });
});
