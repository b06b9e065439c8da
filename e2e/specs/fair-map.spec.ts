import { expect, type Page, test } from "@playwright/test";
import { watchConsole } from "../fixtures/console";
import { signIn } from "../fixtures/sign-in";

/**
 * The map tab of a fair (issue 15, item 5; decision 0018): the 34 provinces as tiles coloured by participations,
 * former provinces counted on their successor's tile, and the list of provinces kept for screen readers. The demo
 * data's 2018 national fair has participants from provinces of the 63-map; how many each is drawn anew with every
 * seed, so the expectations are read from the fair's API answer.
 */
type ByProvince = { provinceId: string; provinceName: string; participations: number; wholeBooths: number };

async function nationalFair2018(page: Page): Promise<{ id: string; rows: ByProvince[] }> {
  const listed = await page.request.get("/api/v1/fairs?pageSize=5&year=2018&level=NATIONAL");
  expect(listed.status(), "fair list").toBe(200);
  const fair = ((await listed.json()) as { items: { id: string; name: string }[] }).items.find((item) =>
    item.name.includes("toàn quốc năm 2018"),
  );
  expect(fair, "the demo data's 2018 national fair").toBeTruthy();
  const detail = await page.request.get(`/api/v1/fairs/${fair?.id}`);
  const rows = ((await detail.json()) as { participantsByProvince: ByProvince[] }).participantsByProvince;
  return { id: fair?.id ?? "", rows };
}

const participationsOf = (rows: ByProvince[], ids: string[]) =>
  rows.filter((row) => ids.includes(row.provinceId)).reduce((sum, row) => sum + row.participations, 0);

const tile = (page: Page, key: string) =>
  page.locator(`[data-testid="province-tile"][data-province="${key}"]`);

for (const size of [
  { name: "1440×900", viewport: { width: 1440, height: 900 }, phone: false },
  { name: "390×844", viewport: { width: 390, height: 844 }, phone: true },
]) {
  test.describe(`bản đồ nơi đến của cơ sở — ${size.name}`, () => {
    test.use({ viewport: size.viewport, ...(size.phone ? { isMobile: true, hasTouch: true } : {}) });

    test("the 34 tiles are coloured by participations, a former province on its successor, with the list below", async ({
      page,
    }) => {
      const consoleMessages = watchConsole(page);
      await signIn(page, "trunguong@demo.khuyencong.vn");
      const fair = await nationalFair2018(page);
      const haNoi = participationsOf(fair.rows, ["P63-01"]);
      // Today's Đồng Tháp is the former Đồng Tháp (code 87) and Tiền Giang (code 82) of the 63-map.
      const dongThap = participationsOf(fair.rows, ["P63-87", "P63-82"]);
      expect(haNoi * dongThap, "the demo fair has participants from Hà Nội and Đồng Tháp").toBeGreaterThan(0);
      await page.goto(`/app/hoi-cho-trien-lam/${fair.id}?tab=map`);

      const map = page.getByRole("img", { name: /Bản đồ ô 34 tỉnh, thành phố/ });
      await expect(map).toBeVisible();
      const tiles = page.getByTestId("province-tile");
      await expect(tiles).toHaveCount(34);
      await expect(tile(page, "P34-01")).toContainText(String(haNoi));
      await expect(tile(page, "P34-01")).toHaveAttribute("title", `Hà Nội: ${haNoi} lượt · ${haNoi} gian`);
      await expect(tile(page, "P34-82")).toContainText(String(dongThap));

      // Every participation is on some tile; the largest is the darkest; a tile without any has no number and
      // the empty shade.
      const drawn = await tiles.evaluateAll((elements) =>
        elements.map((element) => ({
          shade: Number(element.getAttribute("data-shade")),
          value: Number(element.querySelector(".kc-tile-value")?.textContent?.replace(/\./g, "") ?? "0"),
        })),
      );
      const total = fair.rows.reduce((sum, row) => sum + row.participations, 0);
      expect(drawn.reduce((sum, t) => sum + t.value, 0)).toBe(total);
      const largest = Math.max(...drawn.map((t) => t.value));
      for (const t of drawn) {
        if (t.value === largest) expect(t.shade).toBe(5);
        if (t.value === 0) expect(t.shade).toBe(0);
        else expect(t.shade).toBeGreaterThanOrEqual(1);
      }
      expect(drawn.filter((t) => t.value === 0).length, "most provinces sent nobody").toBeGreaterThan(20);

      // North above south, west before east, as on a map.
      const box = async (key: string) => (await tile(page, key).boundingBox()) ?? { x: -1, y: -1 };
      expect((await box("P34-01")).y).toBeLessThan((await box("P34-46")).y);
      expect((await box("P34-46")).y).toBeLessThan((await box("P34-79")).y);
      expect((await box("P34-91")).x).toBeLessThan((await box("P34-79")).x);

      // The numbers are read from the list, one item per home province on the fair's date, most first.
      const list = page.getByRole("list", { name: "Theo tỉnh, thành phố" });
      await expect(list.getByRole("listitem")).toHaveCount(fair.rows.length);
      const first = fair.rows[0] as ByProvince;
      await expect(list.getByRole("listitem").first()).toContainText(first.provinceName);
      await expect(list.getByRole("listitem").first()).toContainText(
        `${first.participations} lượt · ${first.wholeBooths} gian`,
      );

      // Everything fits the window: the map does not push the page sideways.
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);
      const mapBox = await map.boundingBox();
      expect((mapBox?.x ?? 0) + (mapBox?.width ?? 0)).toBeLessThanOrEqual(size.viewport.width);
      expect(consoleMessages).toEqual([]);
    });
  });
}
