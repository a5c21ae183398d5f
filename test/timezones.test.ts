/**
 * Civil dates do not depend on the machine's time zone: every worked case gives byte-identical receipts
 * under TZ=UTC and TZ=Pacific/Kiritimati (UTC+14), each in its own Node process.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = new URL('./support/receipts-of-all-cases.ts', import.meta.url).pathname;

async function receiptsIn(timeZone: string): Promise<string> {
  const { stdout } = await run(process.execPath, [script], {
    env: { ...process.env, TZ: timeZone },
    maxBuffer: 512 * 1024 * 1024,
  });
  return stdout;
}

describe('time zones', () => {
  it('gives the same receipts for every worked case in UTC and in Pacific/Kiritimati', async () => {
    const [utc, kiritimati] = await Promise.all([
      receiptsIn('UTC'),
      receiptsIn('Pacific/Kiritimati'),
    ]);
    expect(JSON.parse(utc)).toHaveProperty('timeZone', 'UTC');
    expect(JSON.parse(kiritimati)).toHaveProperty('timeZone', 'Pacific/Kiritimati');
    const strip = (text: string): unknown => ({
      ...(JSON.parse(text) as object),
      timeZone: undefined,
    });
    expect(strip(kiritimati)).toEqual(strip(utc));
  }, 60_000);
});
