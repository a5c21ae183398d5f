/**
 * Receipts do not depend on the machine: every worked case gives byte-identical receipts under TZ=UTC
 * in English and under TZ=Pacific/Kiritimati (UTC+14) in Estonian, each in its own Node process. Civil
 * dates must not shift with the time zone, and nothing may be sorted by the machine's language (in
 * Estonian "z" sorts right after "s", which put WI-Z-01 before WI-T-01). The processes print a SHA-256 per
 * receipt, so a difference names the worked case it is in.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workedCases } from './support.ts';

const run = promisify(execFile);
const script = new URL('./support/receipt-hashes-of-all-cases.ts', import.meta.url).pathname;

interface Hashes {
  readonly timeZone: string;
  readonly locale: string;
  readonly defaultPeildatum: string | null;
  readonly receipts: ReadonlyArray<readonly [naam: string, sha256: string]>;
}

async function hashesIn(timeZone: string, locale: string): Promise<Hashes> {
  const { stdout } = await run(process.execPath, [script], {
    env: { ...process.env, TZ: timeZone, LC_ALL: locale, LANG: locale },
  });
  return JSON.parse(stdout) as Hashes;
}

describe('time zones and languages', () => {
  it('gives the same receipts for every worked case in UTC in English and in Pacific/Kiritimati in Estonian', async () => {
    const [utc, kiritimati] = await Promise.all([
      hashesIn('UTC', 'en_US.UTF-8'),
      hashesIn('Pacific/Kiritimati', 'et_EE.UTF-8'),
    ]);
    expect(utc.timeZone).toBe('UTC');
    expect(kiritimati.timeZone).toBe('Pacific/Kiritimati');
    expect(kiritimati.locale).toBe('et-EE');
    const names = (await workedCases()).map((entry) => entry.naam);
    expect(utc.receipts.map(([naam]) => naam)).toEqual(names);
    expect(kiritimati.receipts.map(([naam]) => naam)).toEqual(names);
    const differ = names.filter((_, i) => kiritimati.receipts[i]?.[1] !== utc.receipts[i]?.[1]);
    expect(differ).toEqual([]);
    expect(kiritimati.defaultPeildatum).toBe(utc.defaultPeildatum);
  }, 60_000);
});
