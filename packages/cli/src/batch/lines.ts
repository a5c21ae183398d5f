/**
 * How a row's record is written: one JSON line (NDJSON), or one CSV line. Named, so that a worker
 * thread can be told which by a string and the main thread and the workers write the same bytes.
 */
import type { RuleSet } from '@iza-regels/engine';
import type { RowRecord } from './row.ts';

export type LineFormat = 'ndjson';

export type LineWriter = (record: RowRecord) => string;

/** The writer for a format. */
// eslint-disable-next-line @typescript-eslint/require-await
export async function lineWriter(_format: LineFormat, _ruleSet: RuleSet): Promise<LineWriter> {
  return (record) => `${JSON.stringify(record)}\n`;
}
