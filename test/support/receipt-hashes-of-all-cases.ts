/**
 * Prints, as JSON, the SHA-256 of the receipt of every worked case (by name), today's default
 * peildatum and the time zone and language of this process (used by timezones.test.ts). Hashes instead of the
 * receipts themselves: all receipts together are some 75 MB of JSON, too much to pass and compare.
 */
import { createHash } from 'node:crypto';
import { evaluateWith } from '@iza-regels/engine';
import { shippedRules, workedCases } from '../support.ts';

const ruleSet = await shippedRules();
const receipts: Array<[naam: string, sha256: string]> = [];
for (const entry of await workedCases()) {
  const receipt = await evaluateWith(ruleSet, entry.plan, {
    peildatum: entry.peildatum,
    variant: entry.varianten,
    andereLezingen: false,
  });
  receipts.push([entry.naam, createHash('sha256').update(JSON.stringify(receipt)).digest('hex')]);
}
const today = await evaluateWith(ruleSet, {});
process.stdout.write(
  JSON.stringify({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: Intl.Collator().resolvedOptions().locale,
    defaultPeildatum: today.geldig ? today.peildatum : null,
    receipts,
  }),
);
