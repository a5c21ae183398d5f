/**
 * CSV as Dutch Excel exports it: `;` between cells, UTF-8 with a byte-order mark or Windows-1252,
 * read as a stream with csv-parse (and iconv-lite for the encoding), one plan per row; the columns
 * are in columns.ts. A cell that cannot be read makes its row an error record naming the column; the
 * other rows are still evaluated.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Issue } from '@iza-regels/engine';
import type { RowTask } from '../batch/row.ts';
import { dataError } from '../exit-codes.ts';
import { cellIssue, cellValue, columnFor, csvDate, type Column } from './columns.ts';

/** UTF-8 when the start is valid UTF-8 (a sequence cut at the end of the sample does not count). */
function encodingOf(sample: Buffer): 'utf-8' | 'windows-1252' {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(sample.subarray(0, Math.max(0, sample.length - 3)));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The first chunk of a stream, and the stream again with that chunk in front. */
async function peek(stream: Readable): Promise<{ first: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const next = await iterator.next();
  const first = next.done ? Buffer.alloc(0) : Buffer.from(next.value);
  return {
    first,
    all: (async function* () {
      yield first;
      for (;;) {
        const chunk = await iterator.next();
        if (chunk.done) return;
        yield Buffer.from(chunk.value);
      }
    })(),
  };
}

function set(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): void {
  let node: Record<string | number, unknown> = target;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = typeof path[index + 1] === 'number';
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
}

/** Lists were filled by column number; a cost line left empty in between is not a cost line. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((entry) => entry !== undefined).map(compact);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, compact(entry)]));
  return value;
}

function rowTask(
  rij: number,
  regel: number,
  header: readonly (Column | undefined)[],
  names: readonly string[],
  cells: readonly string[],
): RowTask {
  const problemen: Issue[] = [];
  if (cells.length !== names.length) {
    problemen.push({
      code: 'aantal-kolommen',
      pad: '(rij)',
      nl: `Deze rij heeft ${cells.length} cellen, de kopregel ${names.length} kolommen. Staat er een ; te veel of te weinig?`,
      en: `This row has ${cells.length} cells, the header ${names.length} columns. Is there a ; too many or too few?`,
    });
  }
  const plan: Record<string, unknown> = {};
  const task: { peildatum?: string; varianten?: string[] } = {};
  for (const [index, column] of header.entries()) {
    const text = (cells[index] ?? '').trim();
    const name = names[index] ?? '';
    if (text === '' || !column) continue;
    if (column.kind === 'peildatum') {
      const parsed = csvDate(text);
      if (parsed.ok) task.peildatum = parsed.value as string;
      else problemen.push(cellIssue(name, parsed));
      continue;
    }
    if (column.kind === 'varianten') {
      task.varianten = text
        .split(/[,|]/)
        .map((part) => part.trim())
        .filter(Boolean);
      continue;
    }
    const parsed = cellValue(column.field, text);
    if (!parsed.ok) {
      problemen.push(cellIssue(name, parsed));
      continue;
    }
    if (column.kind === 'veld') set(plan, column.path, parsed.value);
    else {
      const bedragen = ((((plan.kosten ??= []) as Record<string, unknown>[])[column.lijst] ??=
        {}).bedragen ??= []) as unknown[];
      bedragen.push({ periode: column.periode, bedrag: parsed.value });
    }
  }
  if (problemen.length > 0) return { rij, regel, problemen };
  return { rij, regel, plan: compact(plan), ...task };
}

export async function* csvRows(stream: Readable): AsyncGenerator<RowTask> {
  const { first, all } = await peek(stream);
  const encoding = encodingOf(first);
  const records = (async function* () {
    yield* all;
  })();
  const parser = parse({
    delimiter: ';',
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const decoded = iconv.decodeStream(encoding);
  // Feed the parser through the decoder; errors end the stream and surface below.
  void (async () => {
    try {
      for await (const chunk of records) {
        if (!decoded.write(chunk)) await new Promise((resolve) => decoded.once('drain', resolve));
      }
      decoded.end();
    } catch (error) {
      decoded.emit('error', error);
    }
  })();
  decoded.pipe(parser);

  let names: string[] | undefined;
  let header: Array<Column | undefined> = [];
  let rij = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!names) {
      names = record.map((name) => name.trim());
      header = names.map(columnFor);
      const unknown = names.filter((name, index) => name !== '' && !header[index]);
      if (unknown.length > 0) {
        throw dataError(
          `Onbekende kolom(men) in de kopregel: ${unknown.join(', ')}. Zie het sjabloon (iza-regels-sjabloon.csv) voor de kolommen.`,
          `Unknown column(s) in the header: ${unknown.join(', ')}. See the template (iza-regels-sjabloon.csv) for the columns.`,
        );
      }
      continue;
    }
    rij += 1;
    yield rowTask(rij, info.lines, header, names, record);
  }
}
