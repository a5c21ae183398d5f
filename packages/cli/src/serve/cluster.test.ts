/**
 * `iza-regels serve --werkers 2` through the real CLI: two processes on one port give the answers of
 * the server in this process, stop cleanly on SIGTERM, and a problem every worker would have is
 * reported once with the exit code of the single process.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { shippedRuleSet } from '@iza-regels/engine/node';
import { describe, expect, it } from 'vitest';
import { MAIN, runCli } from '../run-cli.ts';
import { startServer } from './server.ts';

const evaluate = async (url: string, body: string): Promise<unknown> =>
  (
    await fetch(`${url}/v1/evaluaties?detail=samenvatting`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })
  ).json();

describe('serve in several processes', () => {
  it('gives the same answers as one process, and stops on SIGTERM with exit 0', async () => {
    const plan = await readFile(
      new URL('../../../../rules/voorbeelden/ggz-wijk-spuk.json', import.meta.url),
      'utf8',
    );
    const child = spawn(process.execPath, [MAIN, 'serve', '--poort', '0', '--werkers', '2'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = once(child, 'exit');
    let stderr = '';
    let url = '';
    for await (const chunk of child.stderr.setEncoding('utf8')) {
      stderr += String(chunk);
      url = /(http:\/\/\S+)\/v1/.exec(stderr)?.[1] ?? '';
      if (url) break;
    }
    expect(stderr).toContain('2 processen');
    const single = await startServer({
      ruleSet: await shippedRuleSet(),
      port: 0,
      host: '127.0.0.1',
    });
    try {
      // Several requests, so that both processes answer some of them.
      const answers = await Promise.all(Array.from({ length: 6 }, () => evaluate(url, plan)));
      const expected = await evaluate(single.url, plan);
      for (const answer of answers) expect(answer).toEqual(expected);
    } finally {
      await single.close();
      child.kill('SIGTERM');
    }
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });

  it('rules that do not load: one message, and the exit code of one process', async () => {
    const { code, stderr } = await runCli(['serve', '--werkers', '2', '--regels', '/bestaat/niet']);
    expect(code).toBe(66);
    expect(stderr.match(/bestaat niet/g)).toHaveLength(1);
  });
});
