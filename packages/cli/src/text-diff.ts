/** `iza-regels diff --format text`: the changes in words, then the outcomes that move, then the version needed. */
import { formatDate } from '@iza-regels/engine';
import type { RuleDiff } from '@iza-regels/engine/node';
import type { Language } from './args.ts';

type Diff = RuleDiff;

const LEVEL_WORDS: Record<string, { nl: string; en: string }> = {
  geen: { nl: 'geen nieuwe versie', en: 'no new version' },
  patch: { nl: 'patch (alleen woorden of citaten)', en: 'patch (wording or citations only)' },
  minor: {
    nl: 'minor (nieuwe regels of gedateerde versies)',
    en: 'minor (new rules or dated versions)',
  },
  major: {
    nl: 'major (een bestaande uitkomst verandert of een id verdwijnt)',
    en: 'major (an existing outcome changes or an id disappears)',
  },
};

export const levelWords = (level: string, lang: Language): string =>
  LEVEL_WORDS[level]?.[lang] ?? level;

const number = (n: number, lang: Language): string =>
  n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en');

function questionsOf(diff: Diff, rule: string): string {
  const list = diff.vragen[rule] ?? [];
  return list.length === 0 ? '' : ` (${list.length === 1 ? 'vraag' : 'vragen'} ${list.join(', ')})`;
}

export function diffText(diff: Diff, lang: Language): string {
  const nl = lang === 'nl';
  const lines: string[] = [];
  lines.push(
    nl
      ? `Regelset ${diff.oud.versie} (${diff.oud.hash.slice(0, 19)}) → ${diff.nieuw.versie} (${diff.nieuw.hash.slice(0, 19)})`
      : `Rule set ${diff.oud.versie} (${diff.oud.hash.slice(0, 19)}) → ${diff.nieuw.versie} (${diff.nieuw.hash.slice(0, 19)})`,
    '',
    nl ? 'Wat verandert er' : 'What changes',
  );
  if (diff.woorden.length === 0) lines.push(nl ? '  Niets.' : '  Nothing.');
  let subject = '';
  for (const change of diff.woorden) {
    if (change.onderwerp !== subject) {
      subject = change.onderwerp;
      lines.push(`  ${subject}`);
    }
    lines.push(`    - ${change[lang]} [${change.niveau}]`);
  }

  const { gevallen, scenarios } = diff;
  lines.push(
    '',
    nl
      ? `Uitkomsten in de uitgewerkte gevallen (${number(gevallen.aantal, lang)} gevallen)`
      : `Outcomes in the worked cases (${number(gevallen.aantal, lang)} cases)`,
  );
  const grouped = new Map<string, { count: number; first: string; niveau: string }>();
  for (const change of gevallen.wijzigingen) {
    const key = `${change.soort} ${change.id}: ${change.oud} → ${change.nieuw}`;
    const seen = grouped.get(key);
    if (seen) seen.count++;
    else grouped.set(key, { count: 1, first: change.geval, niveau: change.niveau });
  }
  if (grouped.size === 0) lines.push(nl ? '  Geen uitkomst verandert.' : '  No outcome changes.');
  for (const [key, { count, first, niveau }] of grouped)
    lines.push(
      nl
        ? `  ${key} in ${count} ${count === 1 ? 'geval' : 'gevallen'} [${niveau}], bijvoorbeeld "${first}"`
        : `  ${key} in ${count} ${count === 1 ? 'case' : 'cases'} [${niveau}], e.g. "${first}"`,
    );

  const seconds = (scenarios.ms / 1000).toLocaleString(nl ? 'nl-NL' : 'en', {
    maximumFractionDigits: 1,
  });
  lines.push(
    '',
    nl
      ? `Uitkomsten in scenario's: ${number(scenarios.aantal, lang)} scenario's over ${scenarios.regels} toetsregels (${scenarios.volledig} volledig doorlopen) in ${seconds} s op ${scenarios.threads} threads`
      : `Outcomes in scenarios: ${number(scenarios.aantal, lang)} scenarios over ${scenarios.regels} test rules (${scenarios.volledig} exhaustively) in ${seconds} s on ${scenarios.threads} threads`,
  );
  if (scenarios.wijzigingen.length === 0)
    lines.push(nl ? '  Geen uitkomst verandert.' : '  No outcome changes.');
  for (const change of scenarios.wijzigingen) {
    const days = `${formatDate(change.vanaf, lang)} – ${formatDate(change.tot, lang)}`;
    lines.push(
      nl
        ? `  regel ${change.regel}${questionsOf(diff, change.regel)}: ${change.oud} → ${change.nieuw} in ${number(change.aantal, lang)} scenario's, peildatum ${days} [${change.niveau}]`
        : `  rule ${change.regel}${questionsOf(diff, change.regel)}: ${change.oud} → ${change.nieuw} in ${number(change.aantal, lang)} scenarios, peildatum ${days} [${change.niveau}]`,
    );
    const { peildatum, varianten, plan, afgeleid } = change.voorbeeld;
    const reading = varianten.length > 0 ? ` --variant ${varianten.join(' --variant ')}` : '';
    lines.push(
      `      ${nl ? 'kleinste voorbeeld' : 'smallest example'}: --peildatum ${peildatum}${reading}, plan ${JSON.stringify(plan)}` +
        (Object.keys(afgeleid).length > 0
          ? `, ${nl ? 'afgeleide feiten' : 'derived facts'} ${JSON.stringify(afgeleid)}`
          : ''),
    );
  }
  lines.push('', `${nl ? 'Nodig' : 'Needed'}: ${levelWords(diff.niveau, lang)}`);
  return `${lines.join('\n')}\n`;
}
