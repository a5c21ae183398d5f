/**
 * Every page of the built site in a real browser: no WCAG 2.2 AA violations found by axe, no request
 * to another origin, no cookies, and the Dutch and English pages say which language they are in.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA, htmlPages, newContext, requestsElsewhere, siteInBrowser } from './harness.ts';

// The API pages are TypeDoc's, in English, with a test of their own (api.test.ts).
const pages = (await htmlPages()).filter((path) => !path.startsWith('/api/'));
const site = siteInBrowser();

/** One page of each kind is enough for axe; every page is still checked for requests and language. */
function pageKind(path: string): string {
  return path.replace(/\/regels\/[^/]+\/$/, '/regels/<id>/');
}

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide the page does not scroll sideways. Tables may scroll,
 * but only inside their own region.
 */
async function expectReflow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte, 'page width at 320 px').toBeLessThanOrEqual(320);
}

describe('every page of the site', () => {
  expect(pages.length).toBeGreaterThan(1);
  const seenKinds = new Set<string>();

  it.each(pages)(
    '%s: no third-party request, no cookie, a language, and axe (per page kind) finds nothing',
    async (path) => {
      const context = await newContext(site.browser);
      const page = await context.newPage();
      const foreign = requestsElsewhere(page, site.base);
      const response = await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'en' : 'nl');
      const kind = pageKind(path);
      if (!seenKinds.has(kind)) {
        seenKinds.add(kind);
        const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(
          result.violations.map(
            (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
          ),
        ).toEqual([]);
        await expectReflow(page);
      }
      await context.close();
    },
  );
});

describe('a whole simulation on a phone', () => {
  it('WCAG 1.4.10: the example plan, opened in the simulator, does not scroll sideways at 320 px', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    const href = await page.getAttribute('a[data-simulator-link]', 'href');
    expect(href).toMatch(/^\/simulator\/#s=/);
    await page.goto(`${site.base}${href ?? ''}`);
    await page.locator('[data-vraag]').first().waitFor();
    await expectReflow(page);
    await context.close();
  });
});
