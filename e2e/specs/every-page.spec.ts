import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import {
  APP_PAGES,
  findRecordIds,
  PAGE_ACCOUNTS,
  type PageAccount,
  type RecordIds,
  signInThroughApi,
} from "../fixtures/every-page";
import { DEMO_PASSWORD } from "../fixtures/sign-in";

/**
 * Every page of the app at a desktop (1440×900) and a phone (390×844) size: no serious or critical accessibility
 * violation (axe), and on the phone no sideways scrolling and no text laid out one character per line. A full-page
 * screenshot of each is attached to the report, for a person to look at.
 */

const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

type StorageState = Awaited<ReturnType<typeof signInThroughApi>>;
type Fixtures = { account: PageAccount | null };
type WorkerFixtures = {
  sessions: (account: PageAccount) => Promise<StorageState>;
  contexts: (
    account: PageAccount | null,
    viewport: { width: number; height: number },
  ) => Promise<BrowserContext>;
  recordIds: RecordIds;
};

const test = base.extend<Fixtures, WorkerFixtures>({
  account: [null, { option: true }],
  // One sign-in per account for the whole run, through the API; every page of that account reuses its cookie.
  sessions: [
    async ({ playwright }, use, workerInfo) => {
      const cache = new Map<PageAccount, Promise<StorageState>>();
      await use((account) => {
        let session = cache.get(account);
        if (!session) {
          // A fresh cookie jar per account: storageState() of one shared context would carry them all.
          session = playwright.request
            .newContext({ baseURL: workerInfo.project.use.baseURL })
            .then(async (own) => {
              const state = await signInThroughApi(own, PAGE_ACCOUNTS[account], DEMO_PASSWORD);
              await own.dispose();
              return state;
            });
          cache.set(account, session);
        }
        return session;
      });
    },
    { scope: "worker" },
  ],
  // One browser context per account and size, so the app's scripts come from its cache after the first page.
  contexts: [
    async ({ browser, sessions }, use, workerInfo) => {
      const cache = new Map<string, Promise<BrowserContext>>();
      await use(async (account, viewport) => {
        const key = `${account ?? "public"}-${viewport.width}`;
        let context = cache.get(key);
        if (!context) {
          context = (async () =>
            browser.newContext({
              baseURL: workerInfo.project.use.baseURL,
              locale: workerInfo.project.use.locale,
              viewport,
              storageState: account ? await sessions(account) : undefined,
            }))();
          cache.set(key, context);
        }
        return context;
      });
      await Promise.all([...cache.values()].map(async (context) => (await context).close()));
    },
    { scope: "worker" },
  ],
  recordIds: [
    async ({ playwright, sessions }, use, workerInfo) => {
      const request = await playwright.request.newContext({
        baseURL: workerInfo.project.use.baseURL,
        storageState: await sessions("officer"),
      });
      await use(await findRecordIds(request));
      await request.dispose();
    },
    { scope: "worker" },
  ],
  page: async ({ account, viewport, contexts }, use) => {
    const context = await contexts(account, viewport ?? SIZES.desktop);
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

/** Shown and settled: the page's heading is visible and nothing on it is still loading. */
async function waitUntilReady(page: Page) {
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator(".ant-spin-spinning, .ant-skeleton-active, [role=progressbar]")).toHaveCount(0);
}

/** Serious and critical axe violations, one line each: rule, impact, the elements it found. */
async function seriousViolations(page: Page, pageName: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
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

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  test.describe(`every page at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const appPage of APP_PAGES.filter((entry) => !entry.onlyAt || entry.onlyAt === sizeName)) {
      test.describe(() => {
        test.use({ account: appPage.account });

        test(`${appPage.name} (${sizeName})`, async ({ page, recordIds }, testInfo) => {
          await page.goto(appPage.url(recordIds));
          await waitUntilReady(page);
          if (appPage.open) {
            await appPage.open(page);
            await waitUntilReady(page);
          }

          await testInfo.attach(`${appPage.name}-${sizeName}.png`, {
            body: await page.screenshot({ fullPage: true }),
            contentType: "image/png",
          });

          const problems = await seriousViolations(page, appPage.name);
          if (sizeName === "phone") {
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
            for (const problem of layout) problems.push(`${appPage.name}: ${problem}`);
          }
          expect(problems, problems.join("\n")).toEqual([]);
        });
      });
    }
  });
}
