import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { APP_PAGES, findRecordIds, PAGE_ACCOUNTS, type RecordIds } from "../fixtures/every-page";
import { test as signedIn, waitUntilReady } from "../fixtures/signed-in";

/**
 * Every page of the app at a desktop (1440×900) and a phone (390×844) size: no serious or critical accessibility
 * violation (axe), and on the phone no sideways scrolling and no text laid out one character per line. A full-page
 * screenshot of each is attached to the report, for a person to look at.
 *
 * Where the time goes (docs/ARCHITECTURE.md, "Browser journeys: time"): axe is most of it, so it runs once per
 * page, in the page, and keeps the details of violations only.
 */

const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

const test = signedIn.extend<object, { recordIds: RecordIds }>({
  recordIds: [
    async ({ playwright, sessions }, use, workerInfo) => {
      const request = await playwright.request.newContext({
        baseURL: workerInfo.project.use.baseURL,
        storageState: await sessions(PAGE_ACCOUNTS.officer),
      });
      await use(await findRecordIds(request));
      await request.dispose();
    },
    { scope: "worker" },
  ],
});

/** Serious and critical axe violations, one line each: rule, impact, the elements it found. */
async function seriousViolations(page: Page, pageName: string): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself. The default mode runs each frame's part and then opens a blank
  // page to merge them, injecting axe's 650 kB script a second time; the app has no frames, so both find the same.
  // resultTypes: the rules that pass are still checked, but their elements are not described (selectors built for
  // hundreds of passing nodes); violations keep every node.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(" "));
      const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : "";
      return `${pageName}: ${violation.id} [${violation.impact}] ${violation.help} → ${targets.join(" | ")}${more}`;
    });
}

/**
 * Text laid out (almost) one character per line: a run of text with at least 4 letters whose line boxes are 3 or
 * more and none wider than 1.6 em (about two characters). Measured on the text's own line boxes (a Range over
 * the text node), so padding, icons and a tall cell around short text do not count.
 */
function findVerticalText(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    if ((text.match(/\p{L}/gu) ?? []).length < 4) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === "hidden" || parent.closest("[aria-hidden=true]")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = new Map<number, number>();
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0 || rect.height === 0) continue;
      const top = Math.round(rect.top);
      lines.set(top, Math.max(lines.get(top) ?? 0, rect.width));
    }
    if (lines.size < 3) continue;
    const fontSize = Number.parseFloat(style.fontSize) || 14;
    const widest = Math.max(...lines.values());
    if (widest < 1.6 * fontSize) {
      const where = `${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).split(" ")[0]}` : ""}`;
      found.push(
        `"${text.trim().slice(0, 40)}" in ${where}: ${lines.size} lines, widest ${Math.round(widest)} px`,
      );
    }
  }
  return found;
}

/** On a phone: no sideways scrolling, and no text laid out one character per line. */
async function layoutProblems(page: Page): Promise<string[]> {
  const width = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  const layout: string[] = [];
  if (width.scroll > width.client + 1) {
    layout.push(`scrolls sideways (${width.scroll} px wide in ${width.client})`);
  }
  for (const text of await page.evaluate(findVerticalText)) {
    layout.push(`one character per line: ${text}`);
  }
  return layout;
}

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  test.describe(`every page at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const appPage of APP_PAGES.filter((entry) => !entry.onlyAt || entry.onlyAt === sizeName)) {
      test.describe(() => {
        test.use({ signedInAs: appPage.account ? PAGE_ACCOUNTS[appPage.account] : null });

        test(`${appPage.name} (${sizeName})`, async ({ page, recordIds }, testInfo) => {
          // Steps, so the report shows where each page's time goes.
          await test.step("open", async () => {
            await page.goto(appPage.url(recordIds));
            await waitUntilReady(page);
            if (appPage.open) {
              await appPage.open(page);
              await waitUntilReady(page);
            }
          });

          await test.step("screenshot", async () => {
            await testInfo.attach(`${appPage.name}-${sizeName}.png`, {
              body: await page.screenshot({ fullPage: true }),
              contentType: "image/png",
            });
          });

          const problems = await test.step("axe", () => seriousViolations(page, appPage.name));
          if (sizeName === "phone") {
            const layout = await test.step("layout", () => layoutProblems(page));
            for (const problem of layout) problems.push(`${appPage.name}: ${problem}`);
          }
          expect(problems, problems.join("\n")).toEqual([]);
        });
      });
    }
  });
}
