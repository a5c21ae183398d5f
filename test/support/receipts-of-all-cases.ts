/** Prints the receipts of every worked case, and today's default peildatum, as JSON (used by timezones.test.ts). */
import { evaluateWith } from '@iza-regels/engine';
import { shippedRules, workedCases } from '../support.ts';

const ruleSet = await shippedRules();
const receipts = [];
for (const entry of await workedCases()) {
  receipts.push(
    await evaluateWith(ruleSet, entry.plan, {
      peildatum: entry.peildatum,
      variant: entry.varianten,
      andereLezingen: false,
    }),
  );
}
const today = await evaluateWith(ruleSet, {});
process.stdout.write(
  JSON.stringify({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    defaultPeildatum: today.geldig ? today.peildatum : null,
    receipts,
  }),
);
