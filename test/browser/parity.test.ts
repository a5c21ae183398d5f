/**
 * What a person sees in the simulator is what the engine says. Every example plan (rules/voorbeelden)
 * and every worked case (rules/gevallen) is opened in the simulator the way the site offers it (the
 * "Open in de simulator" link of a rule page or of the home page; a case that no rule page lists is
 * opened by its `#s=` address), and the answers on the page are compared with the engine's receipt
 * for the same plan, peildatum and variants, computed here in Node: per question its outcome and
 * visible label with the explanation, its short answer and next step, per rule its outcome, label,
 * explanation and the clauses it links to. A last test fills a whole example plan in with the keyboard alone.
 */
import {
  LABELS,
  OUTCOME_LABEL,
  evaluateWith,
  formatMoney,
  type Outcome,
  type Receipt,
  type RuleResult,
} from '@iza-regels/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naarFragment, uitFragment } from '../../site/src/lib/simulator/fragment.ts';
import { bouwPlan, uitCompact, type Waarde } from '../../site/src/lib/simulator/toestand.ts';
import { simulatorLink, uitPlan } from '../../site/src/lib/simulator/uitPlan.ts';
import { stappenVoor, veldId } from '../../site/src/lib/simulator/velden.ts';
import { gevallenVoor } from '../../site/src/lib/regel.ts';
import { shippedRules, workedCases } from '../support.ts';
import {
  NIET_GEVRAAGD,
  NIET_UIT_TE_DRUKKEN,
  VOORBEELD_PEILDATUM,
  simulatorPlannen,
  zonder,
  type SimulatorPlan,
} from '../support/simulator-plannen.ts';
import { htmlPages, newContext, siteInBrowser, eilandKlaar } from './harness.ts';

type Taal = 'nl' | 'en';

const ruleSet = await shippedRules();
const plannen = await simulatorPlannen();
const vragen = ruleSet.vragen.vragen.map((vraag) => vraag.id);
/** Pages that replay cases side by side; the browser suite runs on two cores. */
const PAGINAS = 3;

const site = siteInBrowser();

// ---------------------------------------------------------------- what the page should show

interface RegelBeeld {
  readonly id: string;
  readonly uitkomst: string;
  readonly label: string | null;
  readonly uitleg: string | null;
  /** `href clause` of every link to a quoted clause, sorted, each once. */
  readonly clausules: readonly string[];
}

interface VraagBeeld {
  readonly id: string;
  readonly uitkomst: string;
  /** The paragraph with the outcome: its label, then the explanation. */
  readonly antwoord: string | null;
  /** The engine's short answer and what to do next, as shown. */
  readonly samenvatting: string | null;
  readonly volgendeStap: string | null;
  readonly regels: readonly RegelBeeld[];
}

const spaties = (text: string): string => text.replace(/\s+/g, ' ').trim();

const regelHref = (taal: Taal, id: string): string => `${taal === 'nl' ? '' : '/en'}/regels/${id}/`;

/** The clauses the engine cites for a rule: those of its conditions (plan and cost lines), or else its own. */
function clausules(regel: RuleResult, citaten: Receipt['citaten'], taal: Taal): string[] {
  const keys = [
    ...regel.voorwaarden.map((v) => v.citaat),
    ...(regel.kostenregels ?? []).flatMap((line) => line.voorwaarden.map((v) => v.citaat)),
    ...(regel.voorwaarden.length === 0 && !regel.kostenregels ? regel.citaten : []),
  ];
  return [
    ...new Set(
      keys.flatMap((key) => {
        const c = citaten[key];
        return c ? [`${regelHref(taal, regel.id)}#citaat-${c.id} ${spaties(c.clausule)}`] : [];
      }),
    ),
  ].sort();
}

/** The answers as the engine gives them, in the shape read from the page. */
function verwachtBeeld(receipt: Receipt, taal: Taal): VraagBeeld[] {
  const regels = new Map(receipt.regels.map((regel) => [regel.id, regel]));
  const label = (uitkomst: Outcome) => OUTCOME_LABEL[uitkomst][taal];
  return receipt.vragen.map((vraag) => ({
    id: vraag.id,
    uitkomst: vraag.uitkomst,
    antwoord: spaties(`${label(vraag.uitkomst)} ${vraag.uitleg[taal]}`),
    samenvatting: spaties(vraag.samenvatting[taal]),
    volgendeStap: vraag.volgendeStap
      ? spaties(`${LABELS.kop.volgendeStap[taal]} ${vraag.volgendeStap[taal]}`)
      : null,
    regels: vraag.regels.flatMap((r) => {
      const regel = regels.get(r.id);
      return regel
        ? [
            {
              id: regel.id,
              uitkomst: regel.uitkomst,
              label: label(regel.uitkomst),
              uitleg: spaties(regel.uitleg[taal]),
              clausules: clausules(regel, receipt.citaten, taal),
            },
          ]
        : [];
    }),
  }));
}

/**
 * The answers as the page shows them. An outcome's label is found as text, not by class: the first
 * text in the question (or rule) that is one of the engine's labels, icons (aria-hidden) left aside.
 */
function leesBeeld(page: Page, taal: Taal): Promise<VraagBeeld[]> {
  const labels = Object.values(OUTCOME_LABEL).map((label) => label[taal]);
  return page.evaluate((labels) => {
    const spaties = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const zichtbareTekst = (el: Element) => {
      const kopie = el.cloneNode(true) as Element;
      for (const verborgen of kopie.querySelectorAll('[aria-hidden="true"]')) verborgen.remove();
      return spaties(kopie.textContent);
    };
    const eersteLabel = (root: Element): Text | undefined => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
        if (labels.includes(spaties(node.textContent))) return node as Text;
      }
      return undefined;
    };
    return [...document.querySelectorAll<HTMLElement>('[data-vraag]')].map((artikel) => {
      const label = eersteLabel(artikel);
      const alinea = label?.parentElement?.closest('p');
      return {
        id: artikel.dataset.vraag ?? '',
        uitkomst: artikel.dataset.uitkomst ?? '',
        antwoord: alinea ? zichtbareTekst(alinea) : null,
        samenvatting: spaties(artikel.querySelector('[data-samenvatting]')?.textContent) || null,
        volgendeStap: spaties(artikel.querySelector('[data-volgende-stap]')?.textContent) || null,
        regels: [...artikel.querySelectorAll<HTMLElement>('[data-regel]')].map((sectie) => ({
          id: sectie.dataset.regel ?? '',
          uitkomst: sectie.dataset.uitkomst ?? '',
          label: spaties(eersteLabel(sectie)?.textContent) || null,
          uitleg: spaties(sectie.querySelector('p')?.textContent) || null,
          clausules: [
            ...new Set(
              [...sectie.querySelectorAll('a[href*="#citaat-"]')].map(
                (a) => `${a.getAttribute('href')} ${spaties(a.textContent)}`,
              ),
            ),
          ].sort(),
        })),
      };
    });
  }, labels);
}

// ---------------------------------------------------------------- the cases and their receipts

interface Geval {
  readonly entry: SimulatorPlan;
  readonly receipt: Receipt;
  /** The input hash of the plan the form builds (differs only for NIET_UIT_TE_DRUKKEN). */
  readonly hash: string;
}

/** Whether every value in `deel` is in `geheel` at the same place (lists: the same length). */
function isDeelVan(deel: unknown, geheel: unknown): boolean {
  if (Array.isArray(deel))
    return (
      Array.isArray(geheel) &&
      deel.length === geheel.length &&
      deel.every((item, i) => isDeelVan(item, geheel[i]))
    );
  if (typeof deel === 'object' && deel !== null)
    return (
      typeof geheel === 'object' &&
      geheel !== null &&
      Object.entries(deel).every(([key, value]) =>
        isDeelVan(value, (geheel as Record<string, unknown>)[key]),
      )
    );
  return Object.is(deel, geheel);
}

async function receiptVoor(
  plan: Readonly<Record<string, unknown>>,
  peildatum: string,
  varianten: readonly string[],
): Promise<Receipt> {
  const result = await evaluateWith(ruleSet, plan, {
    peildatum,
    variant: [...varianten],
    andereLezingen: true,
  });
  if (!result.geldig) throw new Error(`the engine rejects a plan: ${JSON.stringify(result)}`);
  return result;
}

const gevallen: Geval[] = [];
for (const entry of plannen) {
  const receipt = await receiptVoor(entry.plan, entry.peildatum, entry.varianten);
  const weg = NIET_UIT_TE_DRUKKEN[entry.naam];
  const hash = weg
    ? (await receiptVoor(zonder(entry.plan, weg), entry.peildatum, entry.varianten)).invoerHash
    : receipt.invoerHash;
  gevallen.push({ entry, receipt, hash });
}

/** A state between two cases with the same plan, so that the next answers are known to be new. */
// With one question: a simulation without questions has nothing to calculate.
const tussenFragment = naarFragment({
  v: 1,
  q: ['regeling-open'],
  a: { naam: 'tussenstand' },
  p: '2000-01-01',
});
const TUSSENHASH = (await receiptVoor({ naam: 'tussenstand' }, '2000-01-01', [])).invoerHash;

/** Wait until the page shows the answers for the plan with this input hash (under "About this result"). */
async function wachtOpAntwoorden(page: Page, hash: string): Promise<void> {
  await page.waitForFunction(
    (h) => [...document.querySelectorAll('code')].some((code) => code.textContent?.trim() === h),
    hash,
    { timeout: 20_000, polling: 50 },
  );
}

/** Pages that each show one case at a time; the next case changes only the fragment. */
class Paginas {
  private vrij: Array<{ page: Page; hash?: string }> = [];
  private wachtend: Array<(p: { page: Page; hash?: string }) => void> = [];

  async open(aantal: number): Promise<void> {
    const context = await newContext(site.browser);
    for (let i = 0; i < aantal; i++) {
      const page = await context.newPage();
      await page.goto(`${site.base}/simulator/`);
      await eilandKlaar(page);
      this.vrij.push({ page });
    }
  }

  async met<T>(werk: (p: { page: Page; hash?: string }) => Promise<T>): Promise<T> {
    const p =
      this.vrij.pop() ??
      (await new Promise<{ page: Page; hash?: string }>((r) => this.wachtend.push(r)));
    try {
      return await werk(p);
    } finally {
      const volgende = this.wachtend.shift();
      if (volgende) volgende(p);
      else this.vrij.push(p);
    }
  }

  async sluit(): Promise<void> {
    await this.vrij[0]?.page.context().close();
  }
}

// ---------------------------------------------------------------- the links on the site

/** JSON with the keys of every object sorted: two links with the same state give the same text. */
function canoniek(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canoniek).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canoniek((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The state a simulator link opens, as canonical text. */
const staatVan = (href: string): string => canoniek(uitFragment(href.slice(href.indexOf('#'))));

interface Link {
  readonly href: string;
  readonly paginas: string[];
}

/** The "Open in de simulator" links of every Dutch rule page, by the state they open. */
async function simulatorLinks(): Promise<Map<string, Link>> {
  const links = new Map<string, Link>();
  const paginas = (await htmlPages()).filter((path) => /^\/regels\/[^/]+\/$/.test(path));
  for (const path of paginas) {
    const html = await (await fetch(`${site.base}${path}`)).text();
    for (const match of html.matchAll(/<a\b[^>]*\bhref="(\/simulator\/#s=[\w-]+)"[^>]*>/g)) {
      const href = match[1] ?? '';
      const staat = staatVan(href);
      const link = links.get(staat) ?? { href, paginas: [] };
      link.paginas.push(path);
      links.set(staat, link);
    }
  }
  return links;
}

/** The link of a plan as the simulator would write it (for cases that no rule page lists). */
const eigenLink = (entry: SimulatorPlan, taal: Taal = 'nl'): string =>
  simulatorLink(taal, entry.plan, {
    peildatum: entry.peildatum,
    varianten: entry.varianten,
    vragen,
  });

describe('the simulator gives the engine’s answers for every example plan and worked case', () => {
  let paginas: Paginas;
  let links: Map<string, Link>;

  beforeAll(async () => {
    paginas = new Paginas();
    await paginas.open(PAGINAS);
    links = await simulatorLinks();
  });

  afterAll(async () => {
    await paginas?.sluit();
  });

  it('puts a link to each worked case on every rule page that lists the case', async () => {
    const perNaam = new Map(plannen.map((entry) => [entry.naam, entry]));
    const ontbreekt: string[] = [];
    let getoond = 0;
    const uitgewerkt = await workedCases();
    for (const id of ruleSet.regels.keys()) {
      for (const { geval } of gevallenVoor(id, uitgewerkt)) {
        const entry = perNaam.get(geval.naam);
        if (!entry) throw new Error(`unknown case ${geval.naam}`);
        if (links.get(staatVan(eigenLink(entry)))?.paginas.includes(`/regels/${id}/`)) getoond += 1;
        else ontbreekt.push(`${id}: ${geval.naam}`);
      }
    }
    expect(ontbreekt).toEqual([]);
    expect(getoond).toBeGreaterThan(plannen.length);
  });

  it.concurrent.for(gevallen.map((geval) => [geval.entry.naam, geval] as const))(
    '%s',
    async ([, { entry, receipt, hash }], { expect }) => {
      // The link on a rule page where there is one, as a person would follow it.
      const eigen = eigenLink(entry);
      const href = links.get(staatVan(eigen))?.href ?? eigen;
      const beeld = await paginas.met(async (p) => {
        if (p.hash === hash) {
          await p.page.evaluate((f) => (window.location.hash = f), tussenFragment);
          await wachtOpAntwoorden(p.page, TUSSENHASH);
        }
        await p.page.evaluate((f) => (window.location.hash = f), href.slice(href.indexOf('#')));
        await wachtOpAntwoorden(p.page, hash);
        p.hash = hash;
        return leesBeeld(p.page, 'nl');
      });
      expect(beeld).toEqual(verwachtBeeld(receipt, 'nl'));
    },
  );
});

// ---------------------------------------------------------------- by hand, with the keyboard alone

/** Press Tab until the element matching `selector` has the focus. */
async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * The order in which this browser's date field takes day, month and year: found on the first date
 * (headless Chromium uses month-day-year whatever --lang says, a Dutch one day-month-year).
 */
let datumVolgorde: ((iso: string) => string) | undefined;
const MDJ = (iso: string) => `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`;
const DMJ = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

/** Type a date into the focused date field, segment by segment, as a keyboard user does. */
async function typDatum(page: Page, iso: string): Promise<void> {
  const waarde = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  for (const volgorde of datumVolgorde ? [datumVolgorde] : [MDJ, DMJ]) {
    await page.keyboard.type(volgorde(iso));
    if ((await waarde()) === iso) {
      datumVolgorde = volgorde;
      return;
    }
    // Back to the first segment for the other order.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }
  expect(await waarde()).toBe(iso);
}

interface Doel {
  /** The answer the field must get; undefined: leave it at "weet ik niet". */
  readonly waarde: Waarde | undefined;
}

/** Every field of the form (all questions, all cost lines of the plan) by its element id. */
function doelen(toestand: ReturnType<typeof uitPlan>['toestand']): Map<string, Doel> {
  const stappen = stappenVoor(vragen);
  const map = new Map<string, Doel>();
  for (const stap of stappen) {
    if (stap.id === 'kosten') continue;
    for (const veld of stap.velden)
      map.set(veldId(veld.pad), { waarde: toestand.antwoorden[veld.pad] });
  }
  const kostenVelden = stappen.find((stap) => stap.id === 'kosten')?.velden ?? [];
  toestand.kosten.forEach((line, i) => {
    map.set(veldId(`kosten[${i}].omschrijving`), { waarde: line.omschrijving });
    for (const veld of kostenVelden) {
      const naam = veld.pad.replace(/^kosten\[\]\./, '');
      map.set(veldId(`kosten[${i}].${naam}`), { waarde: line.velden[naam] });
    }
    line.bedragen.forEach((row, r) => {
      map.set(veldId(`kosten[${i}].bedragen[${r}].periode`), { waarde: row.periode });
      map.set(veldId(`kosten[${i}].bedragen[${r}].bedrag`), { waarde: row.bedrag });
    });
  });
  return map;
}

/** The radio button that stands for an answer: `-ja`, `-nee`, `-onbekend`, `-leeg` or the choice. */
const keuzeId = (veld: string, waarde: Waarde | undefined): string =>
  `${veld}-${waarde === true ? 'ja' : waarde === false ? 'nee' : waarde === undefined ? 'onbekend' : waarde === null ? 'leeg' : String(waarde)}`;

interface Focus {
  readonly id: string;
  readonly tag: string;
  readonly type: string;
  readonly checked: boolean;
  readonly value: string;
  readonly tekst: string;
  readonly naDeAntwoorden: boolean;
}

const focus = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const antwoorden = document.getElementById('sim-antwoorden');
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      checked: el?.checked ?? false,
      value: el?.value ?? '',
      tekst: (el?.textContent ?? '').trim(),
      naDeAntwoorden: Boolean(
        el &&
        antwoorden &&
        antwoorden.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    };
  });

const wachtOpFocus = (page: Page, id: string) =>
  page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 20_000 });

/**
 * Walk the form with Tab from the first field to the answers, and at each stop answer as the plan
 * says: arrow keys in a group of radio buttons, Space on a checkbox, typed text and dates, Enter on
 * "add a cost line" and "add another year" as often as the plan needs.
 */
async function vulIn(page: Page, toestand: ReturnType<typeof uitPlan>['toestand']): Promise<void> {
  const velden = doelen(toestand);
  const ids = [...velden.keys()].sort((a, b) => b.length - a.length);
  const veldVan = (id: string) => ids.find((veld) => id === veld || id.startsWith(`${veld}-`));
  let regels = 0;
  const rijen: number[] = [];
  let regel = -1;
  for (let stap = 0; stap < 3000; stap++) {
    const el = await focus(page);
    if (el.naDeAntwoorden) return;
    const veld = veldVan(el.id);
    const doel = veld ? velden.get(veld) : undefined;
    const lijn = /^veld-kosten-(\d+)-/.exec(el.id);
    if (lijn) regel = Number(lijn[1]);
    if (el.id === veldId('kosten') && regels < toestand.kosten.length) {
      await page.keyboard.press('Enter');
      rijen[regels] = 1;
      await wachtOpFocus(page, `${veldId(`kosten[${regels}].omschrijving`)}-invoer`);
      regels += 1;
      continue;
    }
    if (el.tag === 'BUTTON' && el.tekst.startsWith('Nog een jaar of maand toevoegen')) {
      const nodig = toestand.kosten[regel]?.bedragen.length ?? 0;
      if ((rijen[regel] ?? 1) < nodig) {
        await page.keyboard.press('Enter');
        const rij = rijen[regel] ?? 1;
        rijen[regel] = rij + 1;
        const periode = `${veldId(`kosten[${regel}].bedragen[${rij}].periode`)}-invoer`;
        for (let terug = 0; terug < 6 && (await focus(page)).id !== periode; terug++)
          await page.keyboard.press('Shift+Tab');
        await wachtOpFocus(page, periode);
        continue;
      }
    }
    if (veld && doel) {
      const suffix = el.id.slice(veld.length + 1);
      const waarde = doel.waarde;
      if (el.type === 'radio') {
        const doelId = keuzeId(veld, waarde);
        for (let pijl = 0; pijl < 8 && (await focus(page)).id !== doelId; pijl++)
          await page.keyboard.press('ArrowDown');
        await wachtOpFocus(page, doelId);
      } else if (el.type === 'checkbox') {
        const aan =
          suffix === 'nog-niet' || suffix === 'leeg'
            ? waarde === null
            : suffix === 'geen'
              ? Array.isArray(waarde) && waarde.length === 0
              : Array.isArray(waarde) && waarde.includes(suffix);
        if (el.checked !== aan) await page.keyboard.press('Space');
      } else if (el.type === 'date' && typeof waarde === 'string' && el.value !== waarde) {
        await typDatum(page, waarde);
      } else if (el.type === 'text' && typeof waarde === 'string' && el.value !== waarde) {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(waarde);
      }
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('the form never ended');
}

describe('the example plan on the home page, by a person with the keyboard', () => {
  const voorbeeld = gevallen.find(({ entry }) => entry.naam === 'voorbeelden/ggz-wijk-spuk.json');
  if (!voorbeeld) throw new Error('rules/voorbeelden/ggz-wijk-spuk.json is missing');

  it.each(['nl', 'en'] as const)(
    '%s: the home page shows, without JavaScript, the engine’s answers and its amounts per year',
    async (taal) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.base}${taal === 'nl' ? '/' : '/en/'}`);
      expect(await page.locator('script').count()).toBe(0);
      expect(await leesBeeld(page, taal)).toEqual(verwachtBeeld(voorbeeld.receipt, taal));
      // The amounts per year, as the table of the receipt shows them: the year, then each column.
      const rijen = await page
        .locator('table:has(caption) tbody tr')
        .filter({ has: page.locator('th[data-label]') })
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.children].map((cel) => cel.textContent?.replace(/\s+/g, ' ').trim()),
          ),
        );
      const { perJaar } = voorbeeld.receipt.bedragen;
      expect(perJaar.length).toBeGreaterThan(0);
      for (const jaar of perJaar)
        expect(rijen).toContainEqual(
          [String(jaar.jaar), jaar.gedekt, jaar.nietGedekt, jaar.onbekend].map((waarde) =>
            typeof waarde === 'number' ? formatMoney(waarde, taal).replace(/\s+/g, ' ') : waarde,
          ),
        );
      // Ids are unique on the page: the receipt's and the page's own do not clash.
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      await context.close();
    },
  );

  it.each(['nl', 'en'] as const)(
    '%s: follows “Open in de simulator” from the home page and gets the engine’s answers',
    async (taal) => {
      const context = await newContext(site.browser);
      const page = await context.newPage();
      await page.goto(`${site.base}${taal === 'nl' ? '/' : '/en/'}`);
      await tabTo(page, 'a[data-simulator-link]');
      await Promise.all([page.waitForURL(/\/simulator\/#s=/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(taal === 'nl' ? '/simulator/' : '/en/simulator/');
      await wachtOpAntwoorden(page, voorbeeld.hash);
      expect(await leesBeeld(page, taal)).toEqual(verwachtBeeld(voorbeeld.receipt, taal));
      await context.close();
    },
  );

  it('fills in rules/voorbeelden/ggz-wijk-spuk.json field by field and gets the engine’s answer to every question', async () => {
    const { entry, receipt } = voorbeeld;
    const { toestand } = uitPlan(entry.plan, { peildatum: entry.peildatum, vragen });
    // What the form builds: the plan without the fields that no rule reads and the form does not ask.
    const gevraagd = zonder(entry.plan, NIET_GEVRAAGD);

    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.base}/simulator/`);
    await eilandKlaar(page);
    for (const vraag of vragen) {
      await tabTo(page, `#sim-vraag-${vraag}`);
      if (!(await page.isChecked(`#sim-vraag-${vraag}`))) await page.keyboard.press('Space');
    }
    await tabTo(page, '#sim-peildatum-invoer');
    await typDatum(page, VOORBEELD_PEILDATUM);
    await tabTo(page, '#sim-alles');
    if (!(await page.isChecked('#sim-alles'))) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await vulIn(page, toestand);

    // The link now holds that plan, without the fields the form no longer asked because they could
    // not change an answer (openFieldsOf) …
    const gebouwd = ():
      { plan: Record<string, unknown>; problemen: readonly unknown[] } | undefined => {
      const staat = uitCompact(uitFragment(new URL(page.url()).hash), '1999-01-01');
      return staat && bouwPlan(staat);
    };
    await expect.poll(() => gebouwd()?.problemen, { timeout: 10_000 }).toEqual([]);
    const plan = gebouwd()?.plan ?? {};
    expect(isDeelVan(plan, gevraagd), JSON.stringify(plan)).toBe(true);
    // … the answers are the engine's for that plan, question by question and rule by rule …
    const bon = await receiptVoor(plan, entry.peildatum, []);
    await wachtOpAntwoorden(page, bon.invoerHash);
    const beeld = await leesBeeld(page, 'nl');
    expect(beeld).toEqual(verwachtBeeld(bon, 'nl'));
    // … and each question's answer is the one for the whole plan.
    expect(beeld.map((v) => [v.id, v.uitkomst])).toEqual(
      receipt.vragen.map((v) => [v.id, v.uitkomst]),
    );
    await context.close();
  }, 180_000);
});
