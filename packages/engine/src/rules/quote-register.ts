/**
 * The register of quotes from sources without a text in `bronnen/` (`citaten.json`): per source and
 * clause the hash of every quote. `check` can compare a quote with the source text when there is one;
 * for the others (a press release, a letter, the AZWA) the register is what the quote was when someone
 * last checked it against the source. A changed word then shows in `check`, and a deliberate change is
 * recorded again with `iza-regels citaten`. A summary of such a source (`soort: samenvatting`) is
 * registered too: a word changed in it can change what the rule says the source says.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { normaliseQuote } from './checks.ts';
import type { Issue } from './issues.ts';
import type { RuleSet } from './ruleset.ts';
import type { Citation } from './schema.ts';

export const QUOTE_REGISTER_FILE = 'citaten.json';

export interface QuoteRegister {
  readonly uitleg: string;
  /** Source id → clause id → the hashes of the quotes of that clause, sorted. */
  readonly bronnen: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

const encoder = new TextEncoder();

/** The first 16 hex digits of the SHA-256 of the quote, normalised as quotes are compared. */
export const quoteHash = (tekst: string): string =>
  bytesToHex(sha256(encoder.encode(normaliseQuote(tekst)))).slice(0, 16);

interface Located {
  readonly citaat: Citation;
  readonly bestand: string;
  readonly regel: string;
  readonly pad: string;
}

/** Every quote or summary of a source that has no text file, with where it stands. */
function quotesWithoutText(ruleSet: RuleSet): Located[] {
  const withText = new Set(
    ruleSet.bronnen.bronnen.flatMap((bron) => (bron.bestand ? [bron.id] : [])),
  );
  const found: Located[] = [];
  const add = (citaten: readonly Citation[], bestand: string, regel: string, pad: string) =>
    citaten.forEach((citaat, index) => {
      if (!withText.has(citaat.bron))
        found.push({ citaat, bestand, regel, pad: `${pad}citaten[${index}]` });
    });
  for (const rule of ruleSet.regels.values())
    rule.versies.forEach((versie, v) =>
      add(versie.citaten, `regels/…/${rule.id}.json`, rule.id, `versies[${v}].`),
    );
  for (const parameter of ruleSet.parameters.values()) {
    const bestand = `parameters/${parameter.id}.json`;
    parameter.versies.forEach((versie, v) =>
      add(versie.citaten, bestand, parameter.id, `versies[${v}].`),
    );
    for (const [name, versies] of Object.entries(parameter.varianten))
      versies.forEach((versie, v) =>
        add(versie.citaten, bestand, parameter.id, `varianten.${name}[${v}].`),
      );
  }
  for (const variant of ruleSet.varianten.values())
    add(variant.citaten, `varianten/${variant.id}.json`, variant.id, '');
  return found;
}

/** The register of the quotes as they are now: what `iza-regels citaten` writes. */
export function quoteRegister(ruleSet: RuleSet): QuoteRegister {
  const bronnen: Record<string, Record<string, Set<string>>> = {};
  for (const { citaat } of quotesWithoutText(ruleSet))
    ((bronnen[citaat.bron] ??= {})[citaat.clausule] ??= new Set()).add(quoteHash(citaat.tekst));
  const sorted = (record: Record<string, unknown>) => Object.keys(record).sort();
  return {
    uitleg:
      'Vastgelegde citaten uit bronnen zonder brontekst in bronnen/: per bron en clausule de SHA-256 (16 hex) van elk citaat. iza-regels check vergelijkt ermee. Klopt een gewijzigd citaat met de bron, leg het dan vast met iza-regels citaten.',
    bronnen: Object.fromEntries(
      sorted(bronnen).map((bron) => [
        bron,
        Object.fromEntries(
          sorted(bronnen[bron] ?? {}).map((clausule) => [
            clausule,
            [...(bronnen[bron]?.[clausule] ?? [])].sort(),
          ]),
        ),
      ]),
    ),
  };
}

/** The quotes the register does not have: changed since someone last checked them, or new. */
export function unregisteredQuotes(
  ruleSet: RuleSet,
  register: QuoteRegister | undefined,
  files: ReadonlyMap<string, string>,
): Issue[] {
  const quotes = quotesWithoutText(ruleSet);
  if (quotes.length === 0) return [];
  if (register === undefined)
    return [
      {
        code: 'citatenregister-ontbreekt',
        bestand: QUOTE_REGISTER_FILE,
        pad: '(bestand)',
        nl: `${quotes.length} citaten komen uit een bron zonder brontekst in bronnen/, maar ${QUOTE_REGISTER_FILE} ontbreekt. Maak het met: iza-regels citaten`,
        en: `${quotes.length} quotes come from a source without a text in bronnen/, but ${QUOTE_REGISTER_FILE} is missing. Create it with: iza-regels citaten`,
      },
    ];
  return quotes
    .filter(
      ({ citaat }) =>
        !register.bronnen[citaat.bron]?.[citaat.clausule]?.includes(quoteHash(citaat.tekst)),
    )
    .map(({ citaat, bestand, regel, pad }) => ({
      code: 'citaat-niet-vastgelegd',
      bestand: files.get(regel) ?? bestand,
      regel,
      pad: `${pad}.tekst`,
      nl: `Dit citaat uit ${citaat.bron} (${citaat.clausule}) is niet het citaat dat in ${QUOTE_REGISTER_FILE} is vastgelegd: de bron heeft geen tekst in bronnen/, dus check kan het niet naast de bron leggen. Vergelijk het met de bron (${citaat.vindplaats}); klopt het, leg het dan vast met: iza-regels citaten`,
      en: `This quote from ${citaat.bron} (${citaat.clausule}) is not the one recorded in ${QUOTE_REGISTER_FILE}: the source has no text in bronnen/, so check cannot compare it. Compare it with the source (${citaat.vindplaats}); if it is right, record it with: iza-regels citaten`,
    }));
}
