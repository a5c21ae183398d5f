/**
 * The simulator as a person uses it, with the keyboard alone: pick a question, set the peildatum,
 * fill in the dates, read the answer and its reason, reload from the shared link, follow a reason to
 * its rule page, switch language. The answer must be the engine's (WI.1e.3: 8 weeks after the
 * complete plan; a decision on day 57 is late).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uitFragment } from '../../site/src/lib/simulator/fragment.ts';
import { WCAG_22_AA, newContext, siteInBrowser, eilandKlaar } from './harness.ts';

const site = siteInBrowser();

/** Press Tab until the element matching `selector` has the focus (keyboard only, no clicks). */
async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Type a date into an <input type="date"> the way a keyboard user does, segment by segment. The
 * segment order follows the browser's locale (headless Chromium here uses month-day-year whatever
 * --lang says), so try that order first and the Dutch day-month-year order second.
 */
async function typeDate(page: Page, selector: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  for (const keys of [`${month}${day}${year}`, `${day}${month}${year}`]) {
    await tabTo(page, selector);
    await page.keyboard.type(keys);
    if ((await page.inputValue(selector)) === iso) return;
    // Back to the first segment for the other order.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }
  expect(await page.inputValue(selector)).toBe(iso);
}

/** The answers region once it shows `expected` (answers update live, a moment after typing). */
async function answerShowing(page: Page, expected: string): Promise<string> {
  const answers = page.locator('.sim-uitslag');
  await expect
    .poll(async () => (await answers.textContent()) ?? '', { timeout: 10_000 })
    .toContain(expected);
  return (await answers.textContent()) ?? '';
}

describe('simulator, keyboard only', () => {
  it('answers "Worden de reactietermijnen gehaald?" with the engine’s outcome and keeps it in the link', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.base}/simulator/`);
    await eilandKlaar(page);

    // Only the question about reaction times.
    await tabTo(page, '#sim-vraag-regeling-open');
    if (await page.isChecked('#sim-vraag-regeling-open')) await page.keyboard.press('Space');
    await tabTo(page, '#sim-vraag-reactietermijnen');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#sim-vraag-reactietermijnen')).toBe(true);

    await typeDate(page, '#sim-peildatum-invoer', '2026-11-23');
    await tabTo(page, '#sim-alles');
    if (!(await page.isChecked('#sim-alles'))) await page.keyboard.press('Space');

    await typeDate(page, '#veld-gebeurtenissen-planCompleetOntvangen-datum', '2026-07-10');
    await typeDate(page, '#veld-gebeurtenissen-planGoedgekeurd-datum', '2026-09-05');

    const text = await answerShowing(page, 'voldoet niet');
    expect(text).toContain('Worden de reactietermijnen gehaald?');
    expect(text).toContain('WI-T-03');
    expect(text).toContain('4 september 2026');

    // The link reproduces the simulation in a fresh page.
    const link = page.url();
    expect(link).toContain('#');
    const again = await context.newPage();
    await again.goto(link);
    const reloaded = await answerShowing(again, 'voldoet niet');
    expect(reloaded).toContain('Worden de reactietermijnen gehaald?');
    expect(reloaded).toContain('4 september 2026');
    expect(await again.inputValue('#veld-gebeurtenissen-planGoedgekeurd-datum')).toBe('2026-09-05');

    // A reason links to its rule page, with the quoted source text.
    await tabTo(again, '.sim-uitslag a[href*="/regels/WI-T-03/"]');
    await Promise.all([again.waitForURL(/\/regels\/WI-T-03\//), again.keyboard.press('Enter')]);
    expect(await again.textContent('h1')).toContain('WI-T-03');
    expect(await again.textContent('main')).toContain(
      'binnen 8 weken na ontvangst van het complete transformatieplan',
    );
    await context.close();
  });

  it('switches to English with the language link and keeps the simulation', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.base}/simulator/`);
    await eilandKlaar(page);
    await tabTo(page, '#sim-vraag-reactietermijnen');
    await page.keyboard.press('Space');
    await tabTo(page, 'a[hreflang="en"]');
    await Promise.all([page.waitForURL(/\/en\/simulator\//), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await eilandKlaar(page);
    expect(await page.textContent('main')).toContain('What do you want to know?');
    expect(await page.isChecked('#sim-vraag-reactietermijnen')).toBe(true);
    await context.close();
  });
});

/** The answers in the page's link (`a` of the compact state), as the plan gets them. */
function antwoordenInLink(page: Page): Record<string, unknown> {
  const data = uitFragment(new URL(page.url()).hash) as { a?: Record<string, unknown> } | null;
  return data?.a ?? {};
}

/** Errors and warnings in the browser's console (React's hydration mismatches are among them). */
function consoleMeldingen(page: Page): string[] {
  const meldingen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') meldingen.push(message.text());
  });
  page.on('pageerror', (error) => meldingen.push(error.message));
  return meldingen;
}

describe('nothing is ticked for the user (issue 10)', () => {
  it('an unanswered question has no radio button checked; "Weet ik niet" is a choice of its own that leaves the field out', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const meldingen = consoleMeldingen(page);
    // The form as built: the same checked boxes before and after React takes it over.
    const html = (await (await page.request.get(`${site.base}/simulator/`)).text()).replace(
      /<script[\s\S]*?<\/script>/g,
      '',
    );
    await page.goto(`${site.base}/simulator/`);
    await eilandKlaar(page);
    expect(await page.locator('.sim input:checked').count()).toBe(
      (html.match(/<input[^>]*\schecked[\s>=/]/g) ?? []).length,
    );

    await page.click('#sim-vraag-kosten-uit-transformatiemiddelen');
    await page.click('#sim-alles');
    await page.click('#veld-kosten');
    const landelijk = '#veld-landelijk';
    await page.locator(landelijk).waitFor();
    // Yes/no and choice questions alike: a group of radio buttons in a fieldset with its question as
    // legend, none of them checked.
    const radios = page.locator('.sim-formulier input[type="radio"]');
    expect(await radios.count()).toBeGreaterThan(10);
    expect(await page.locator('.sim-formulier input[type="radio"]:checked').count()).toBe(0);
    const legends = await radios.evaluateAll((inputs) =>
      inputs.map((input) => input.closest('fieldset')?.querySelector('legend')?.textContent ?? ''),
    );
    expect(legends.filter((legend) => legend.trim() === '')).toEqual([]);

    await page.click(`${landelijk}-onbekend`);
    expect(await page.isChecked(`${landelijk}-onbekend`)).toBe(true);
    expect(await page.locator(`${landelijk} input:checked`).count()).toBe(1);
    await page.click(`${landelijk}-ja`);
    expect(await page.isChecked(`${landelijk}-onbekend`)).toBe(false);
    await expect.poll(() => antwoordenInLink(page).landelijk).toBe(true);
    // Back from "ja" to not known: the field leaves the plan again.
    await page.click(`${landelijk}-onbekend`);
    expect(await page.isChecked(`${landelijk}-onbekend`)).toBe(true);
    expect(await page.isChecked(`${landelijk}-ja`)).toBe(false);
    await expect.poll(() => 'landelijk' in antwoordenInLink(page)).toBe(false);
    // A choice question (a cost line's nature) works the same way.
    const aard = '#veld-kosten-0-aard';
    expect(await page.locator(`${aard} input:checked`).count()).toBe(0);
    await page.click(`${aard}-onbekend`);
    expect(await page.isChecked(`${aard}-onbekend`)).toBe(true);

    const axe = await new AxeBuilder({ page })
      .include('.sim-formulier')
      .withTags(WCAG_22_AA)
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    expect(meldingen).toEqual([]);
    await context.close();
  });
});

/**
 * Where the texts of a timeline drawing overlap: a label or date with another text, a label with a
 * line, bar or mark of the drawing, or any text with the edge of the picture (cut off). Measured in
 * the page, with the boxes the browser draws.
 */
function overlappingen(svg: Locator): Promise<string[]> {
  return svg.evaluate((el) => {
    const vak = el.getBoundingClientRect();
    // A label's tooltip (<title>) is not drawn.
    const tekst = (t: Element) =>
      [...t.childNodes]
        .filter((node) => node.nodeName !== 'title')
        .map((node) => node.textContent ?? '')
        .join(' ')
        .trim();
    const teksten = [...el.querySelectorAll('text')]
      .filter((t) => tekst(t) !== '')
      .map((t) => ({
        naam: tekst(t),
        box: t.getBoundingClientRect(),
        label: t.classList.contains('sim-tl-label'),
      }));
    const vormen = [
      ...el.querySelectorAll(
        '.sim-tl-lijn, .sim-tl-raster, .sim-tl-balk, .sim-tl-einde, .sim-tl-ruit, .sim-tl-gebeurtenis, .sim-tl-afgerond',
      ),
    ].map((vorm) => ({
      naam: vorm.getAttribute('class') ?? '',
      box: vorm.getBoundingClientRect(),
    }));
    // Half a pixel of slack: boxes that only touch do not overlap.
    const over = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const fouten: string[] = [];
    for (const [i, a] of teksten.entries()) {
      if (a.box.left < vak.left - 0.5 || a.box.right > vak.right + 0.5)
        fouten.push(`‘${a.naam}’ is cut off`);
      for (const b of teksten.slice(i + 1))
        if (over(a.box, b.box)) fouten.push(`‘${a.naam}’ × ‘${b.naam}’`);
      if (a.label)
        for (const vorm of vormen)
          if (over(a.box, vorm.box)) fouten.push(`‘${a.naam}’ × ${vorm.naam}`);
    }
    return fouten;
  });
}

describe('the timeline (issue 10: on a 390 px phone nothing off-screen)', () => {
  it.each([
    ['the deadline calculator', 390, 'smal'],
    ['the deadline calculator', 1280, 'breed'],
    ['the example plan', 390, 'smal'],
    ['the example plan', 1280, 'breed'],
  ] as const)(
    '%s at %i px: no label overlaps another text or a line, and none is cut off',
    async (welke, breedte, soort) => {
      const context = await newContext(site.browser, { width: breedte, height: 900 });
      const page = await context.newPage();
      if (welke === 'the deadline calculator') {
        await page.goto(`${site.base}/termijnen/`);
        await eilandKlaar(page);
        await page.fill('#veld-gebeurtenissen-planCompleetOntvangen-datum', '2026-10-30');
        await page.fill('#sim-peildatum-invoer', '2026-11-23');
      } else {
        await page.goto(`${site.base}/`);
        const href = await page.getAttribute('a[data-simulator-link]', 'href');
        await page.goto(`${site.base}${href ?? ''}`);
      }
      const svg = page.locator(`.sim-tl--${soort}`).first();
      // Until the answers are there, the drawing may hold the peildatum alone.
      await expect
        .poll(() => svg.locator('.sim-tl-label').count(), { timeout: 15_000 })
        .toBeGreaterThan(3);
      expect(await svg.isVisible()).toBe(true);
      expect(await overlappingen(svg)).toEqual([]);
      // The table under the picture: every row has a status, the peildatum's and the fixed dates' too.
      const rijen = await page
        .locator('.sim-tijdlijn tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
        );
      expect(rijen.length).toBeGreaterThan(3);
      expect(rijen.filter((rij) => rij.length !== 3 || rij.some((cel) => cel === ''))).toEqual([]);
      const stand = (wat: RegExp) => rijen.filter((rij) => wat.test(rij[1] ?? '')).map((r) => r[2]);
      expect(stand(/^Peildatum$/)).toEqual([
        expect.stringMatching(
          /^(vandaag|gekozen datum); de stand in deze tabel is die van deze dag$/,
        ),
      ]);
      expect(stand(/^De uiterste datum voor goedkeuring van het plan$/)).toEqual([
        expect.stringMatching(/^vaste datum uit de regels: (nog \d+ dagen?|\d+ dagen? voorbij)$/),
      ]);
      // Drawn at about its own size on a phone, so that 13 units of text stay 12 px or more.
      if (soort === 'smal') {
        const schaal = await svg.evaluate(
          (el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width,
        );
        expect(13 * schaal).toBeGreaterThanOrEqual(12);
      }
      await context.close();
    },
  );
});

describe('what would change the answer', () => {
  it('ADD.B1.3: a plan not yet approved on 23 November 2026 is told it can still be approved by 31 December 2026', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.base}/regels/ADD-04/`);
    const link = page.locator('a[data-simulator-link]', {
      hasText: 'op 23 november 2026 nog niet is goedgekeurd',
    });
    await Promise.all([page.waitForURL(/\/simulator\/#s=/), link.click()]);
    const kosten = page.locator('[data-vraag="kosten-uit-transformatiemiddelen"]');
    await kosten.waitFor();
    expect(await kosten.getAttribute('data-uitkomst')).toBe('onbekend');
    const anders = kosten.locator('.sim-anders');
    expect(await anders.locator('h4').textContent()).toBe('Wat zou het antwoord veranderen?');
    expect(await anders.textContent()).toContain('Dit is nog niet gebeurd.');
    expect(await anders.textContent()).toContain(
      'Het plan is uiterlijk 31 december 2026 goedgekeurd.',
    );
    expect(await anders.locator('a[href="/regels/ADD-04/#citaat-einddatum"]').count()).toBe(1);
    await context.close();
  });
});

describe('printing', () => {
  it('prints a summary: the answers and the rule-set version, without the reasons per rule', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    const href = await page.getAttribute('a[data-simulator-link]', 'href');
    await page.goto(`${site.base}${href ?? ''}`);
    await page.locator('[data-vraag]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sim-alleen-afdruk').isVisible()).toBe(true);
    expect(await page.locator('[data-vraag]').count()).toBe(10);
    expect(await page.locator('.sim-waarom').first().isVisible()).toBe(false);
    expect(await page.locator('form, .sim-formulier').first().isVisible()).toBe(false);
    const over = await page.locator('.sim-over').innerText();
    expect(over).toMatch(/Versie van de regels\s+0\.1\.0/);
    expect(over).toMatch(/sha256:[0-9a-f]{64}/);
    await context.close();
  });
});
