import { Writable } from 'node:stream';
import { readFile } from 'node:fs/promises';
import type { RuleSet } from '@iza-regels/engine';
import { shippedRuleSet } from '@iza-regels/engine/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { byteSink } from './bytes.ts';
import { inThread, workerPool, type EvaluatorConfig } from './evaluator.ts';
import { evaluateRow, type RowDefaults, type RowRecord, type RowTask } from './row.ts';
import { ndjsonChunks, rowsOfChunk } from './ndjson.ts';
import { rowChunks, runBatch } from './stream.ts';

const defaults: RowDefaults = {
  peildatum: '2026-11-23',
  detail: 'samenvatting',
  andereLezingen: false,
};
const example = async (name: string): Promise<unknown> =>
  JSON.parse(
    await readFile(new URL(`../../../../rules/voorbeelden/${name}.json`, import.meta.url), 'utf8'),
  );

let ruleSet: RuleSet;
let plans: unknown[];
beforeAll(async () => {
  ruleSet = await shippedRuleSet();
  plans = await Promise.all(
    ['ggz-wijk-spuk', 'nog-onvolledig', 'ziekenhuis-structureel-via-verzekeraar'].map(example),
  );
});

const row = (rij: number, value: unknown): RowTask => ({
  rij,
  regel: rij,
  text: JSON.stringify(value),
});

describe('a row of a batch', () => {
  it('a bare plan uses the defaults; an envelope sets its own peildatum and varianten', async () => {
    const bare = await evaluateRow(ruleSet, defaults, row(1, plans[0]));
    const own = await evaluateRow(
      ruleSet,
      defaults,
      row(2, { plan: plans[0], peildatum: '2025-06-01', varianten: ['azwa-2028'] }),
    );
    expect(bare.geldig && bare.peildatum).toBe('2026-11-23');
    expect(own.geldig && own.peildatum).toBe('2025-06-01');
    expect(own.geldig && own.varianten.map((variant) => variant.id)).toEqual(['azwa-2028']);
    expect([own.rij, own.regel]).toEqual([2, 2]);
  });

  it("names the envelope's bad fields by their own name, with Dutch and English", async () => {
    const record = await evaluateRow(
      ruleSet,
      defaults,
      row(3, { plan: {}, peildatum: '23-11-2026', varianten: ['bestaat-niet'], extra: 1 }),
    );
    expect(record.geldig).toBe(false);
    if (record.geldig) return;
    expect(record.problemen.map((issue) => [issue.code, issue.pad])).toEqual([
      ['onbekend-rijveld', 'extra'],
      ['ongeldige-peildatum', 'peildatum'],
      ['onbekende-variant', 'varianten'],
    ]);
    for (const issue of record.problemen) expect(issue.en).not.toBe(issue.nl);
  });

  it('an exception of the engine is an error record for that row, not a crash', async () => {
    const broken: RuleSet = Object.defineProperty({ ...ruleSet }, 'regels', {
      get(): never {
        throw new Error('kapotte regelset');
      },
    });
    const record = await evaluateRow(broken, defaults, row(4, plans[0]));
    expect(record).toMatchObject({ rij: 4, regel: 4, geldig: false });
    expect(!record.geldig && record.problemen[0]).toMatchObject({ code: 'interne-fout' });
    expect(!record.geldig && record.problemen[0]?.nl).toContain('kapotte regelset');
  });
});

describe("a worker's bytes", () => {
  it('are the UTF-8 of its lines, also past the first buffer and for every chunk after it', () => {
    const sink = byteSink(8);
    const lines = ['{"naam":"Één wijk – “zorg”"}\n', 'x'.repeat(100), '😀 emoji\n'];
    const decoder = new TextDecoder();
    for (const chunk of [lines, lines.slice(1)]) {
      for (const line of chunk) sink.add(line);
      expect(decoder.decode(sink.done() as Uint8Array)).toBe(chunk.join(''));
    }
  });
});

describe('the batch stream', () => {
  const config: EvaluatorConfig = { defaults, format: 'ndjson' };
  const tasks = (count: number): RowTask[] =>
    Array.from({ length: count }, (_, index) =>
      index % 7 === 3 ? row(index + 1, { naam: 1 }) : row(index + 1, plans[index % 3]),
    );

  /** A consumer that takes one chunk at a time, slowly: the batch must wait for it. */
  function slowSink(): { sink: Writable; text: () => string } {
    const parts: string[] = [];
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    return { sink, text: () => parts.join('') };
  }

  it('worker threads give the same lines in the same order as this thread, and count the bad rows', async () => {
    const input = tasks(24);
    const local = await inThread(ruleSet, config);
    const pool = await workerPool(ruleSet, config, 2);
    const runs = [];
    try {
      for (const evaluator of [local, pool]) {
        const { sink, text } = slowSink();
        const summary = await runBatch({
          chunks: rowChunks(input, 5),
          evaluator,
          output: sink,
          inFlight: 4,
        });
        runs.push({ summary, lines: text().trim().split('\n') });
      }
    } finally {
      await pool.close();
    }
    const [first, second] = runs;
    expect(second?.lines).toEqual(first?.lines);
    const records = (first?.lines ?? []).map((line) => JSON.parse(line) as RowRecord);
    expect(records.map((record) => record.rij)).toEqual(input.map((task) => task.rij));
    expect(first?.summary).toMatchObject({ rijen: 24, ongeldig: 3, intern: 0 });
    expect(first?.summary.fouten.map((fout) => fout.rij)).toEqual([4, 11, 18]);
  });

  it('a worker that cannot start leaves its rows to this thread: the same lines, none lost', async () => {
    const input = tasks(6);
    const local = await inThread(ruleSet, config);
    const broken = await workerPool(ruleSet, { ...config, regels: '/bestaat/niet' }, 1);
    try {
      const expected = await local.run({ kind: 'rows', tasks: input });
      const results = await Promise.all([
        broken.run({ kind: 'rows', tasks: input.slice(0, 3) }),
        broken.run({ kind: 'rows', tasks: input.slice(3) }),
      ]);
      expect(results.map((result) => result.output).join('')).toEqual(expected.output);
      expect(results.map((result) => result.rijen)).toEqual([3, 3]);
    } finally {
      await broken.close();
    }
  });
});

describe('NDJSON cut in chunks of whole lines', () => {
  /** The input split into buffers of `size` bytes, as a stream might deliver it. */
  function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
    for (let start = 0; start < bytes.length; start += size)
      yield bytes.subarray(start, start + size);
  }
  const text = '\uFEFF{"a":1}\r\n\n  \n{"b":2}\n\u00A0\n{kapot\r\n\n{"c":3}';

  it('numbers rows and lines the same however the bytes arrive and however the chunks are cut', async () => {
    const bytes = new TextEncoder().encode(text);
    const expected = [
      { rij: 1, regel: 1, text: '{"a":1}' },
      { rij: 2, regel: 4, text: '{"b":2}' },
      { rij: 3, regel: 6, text: '{kapot' },
      { rij: 4, regel: 8, text: '{"c":3}' },
    ];
    for (const size of [1, 2, 3, 7, 1000]) {
      for (const lines of [1, 2, 3, 100]) {
        const rows = [];
        for await (const chunk of ndjsonChunks(pieces(bytes, size), { lines, bytes: 1 << 20 }))
          rows.push(...rowsOfChunk(chunk));
        expect(rows, `buffers of ${size}, chunks of ${lines} lines`).toEqual(expected);
      }
    }
  });

  it('cuts a chunk at the first line end past the byte limit', async () => {
    const line = `{"x":"${'y'.repeat(100)}"}\n`;
    const bytes = new TextEncoder().encode(line.repeat(10));
    const sizes = [];
    for await (const chunk of ndjsonChunks(pieces(bytes, 64), { lines: 100, bytes: 250 }))
      sizes.push(chunk.bytes.length);
    expect(sizes).toEqual([3, 3, 3, 1].map((count) => count * line.length));
  });
});
