/**
 * Civil dates do not depend on the machine's time zone: every worked case gives byte-identical receipts
 * under TZ=UTC and TZ=Pacific/Kiritimati (UTC+14), each in its own Node process. The processes print
 * a SHA-256 per receipt, so a difference names the worked case it is in.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workedCases } from './support.ts';

const run = promisify(execFile);
const script = new URL('./support/receipt-hashes-of-all-cases.ts', import.meta.url).pathname;

interface Hashes {
  readonly timeZone: string;
  readonly defaultPeildatum: string | null;
  readonly receipts: ReadonlyArray<readonly [naam: string, sha256: string]>;
}

async function hashesIn(timeZone: string): Promise<Hashes> {
  const { stdout } = await run(process.execPath, [script], {
    env: { ...process.env, TZ: timeZone },
  });
  return JSON.parse(stdout) as Hashes;
}

describe('time zones', () => {
  it('gives the same receipts for every worked case in UTC and in Pacific/Kiritimati', async () => {
    const [utc, kiritimati] = await Promise.all([hashesIn('UTC'), hashesIn('Pacific/Kiritimati')]);
    expect(utc.timeZone).toBe('UTC');
    expect(kiritimati.timeZone).toBe('Pacific/Kiritimati');
    const names = (await workedCases()).map((entry) => entry.naam);
    expect(utc.receipts.map(([naam]) => naam)).toEqual(names);
    expect(kiritimati.receipts.map(([naam]) => naam)).toEqual(names);
    const differ = names.filter((_, i) => kiritimati.receipts[i]?.[1] !== utc.receipts[i]?.[1]);
    expect(differ).toEqual([]);
    expect(kiritimati.defaultPeildatum).toBe(utc.defaultPeildatum);
  }, 60_000);
});
