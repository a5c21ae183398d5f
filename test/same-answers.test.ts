/**
 * The same answers everywhere: every worked case gives the same receipt from the library, the CLI
 * (a streamed NDJSON batch, one process for all cases) and the HTTP API (in process, app.request).
 * Each case is evaluated once per channel.
 */
import { evaluateWith, type Evaluation } from '@iza-regels/engine';
import { describe, expect, it } from 'vitest';
import { runCli } from '../packages/cli/src/run-cli.ts';
import { createApp } from '../packages/cli/src/serve/app.ts';
import { shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const cases = await workedCases();
const envelopes = cases.map((entry) => ({
  plan: entry.plan,
  peildatum: entry.peildatum,
  ...(entry.varianten === undefined ? {} : { varianten: entry.varianten }),
}));

describe('the same receipt from the library, the CLI and the API', () => {
  // A guard against hanging, not a speed test: some 800 full receipts on a busy two-core machine.
  it(`for each of the ${cases.length} worked cases`, { timeout: 240_000 }, async () => {
    // The CLI runs in its own process while this one works on the library and the API.
    const cliRun = runCli(['evaluate', '-', '--invoer', 'ndjson', '--detail', 'volledig'], {
      input: envelopes.map((envelope) => JSON.stringify(envelope)).join('\n'),
    });
    const library = await Promise.all(
      cases.map((entry) =>
        evaluateWith(ruleSet, entry.plan, { peildatum: entry.peildatum, variant: entry.varianten }),
      ),
    );

    const app = createApp({ ruleSet, maxBytes: 10 * 1024 * 1024 });
    const fromApi: unknown[] = [];
    for (const envelope of envelopes) {
      const response = await app.request('/v1/evaluaties', {
        method: 'POST',
        body: JSON.stringify(envelope),
        headers: { 'content-type': 'application/json' },
      });
      fromApi.push(await response.json());
    }

    const cli = await cliRun;
    expect(cli.code).toBe(0);
    const fromCli = cli.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const {
          rij: _rij,
          regel: _regel,
          ...receipt
        } = JSON.parse(line) as Evaluation & {
          rij: number;
          regel: number;
        };
        return receipt;
      });

    for (const [index, entry] of cases.entries()) {
      const expected = library[index];
      expect(expected?.geldig, entry.naam).toBe(true);
      expect(fromCli[index], `CLI, ${entry.bestand}: ${entry.naam}`).toEqual(expected);
      expect(fromApi[index], `API, ${entry.bestand}: ${entry.naam}`).toEqual(expected);
    }
  });
});
