/**
 * How a row's record is written: one JSON line (NDJSON), or one CSV line. Named, so that a worker
 * thread can be told which by a string and the main thread and the workers write the same bytes.
 */
import type { RuleSet } from '@iza-regels/engine';
import type { RowRecord } from './row.ts';

export type LineFormat = 'ndjson' | 'csv';

export type LineWriter = (record: RowRecord) => string;

/** The writer for a format; CSV needs the rule set for its columns (one per question). */
export async function lineWriter(format: LineFormat, ruleSet: RuleSet): Promise<LineWriter> {
  if (format === 'csv') return (await import('../csv/output.ts')).csvLineWriter(ruleSet);
  return (record) => `${JSON.stringify(record)}\n`;
}
