/**
 * Split the text of `evaluate`'s input into plans: one JSON object (a single plan), a JSON array
 * (a batch) or NDJSON (a batch, one plan per line). A row that is not valid JSON becomes an issue
 * of that row, so the other rows are still evaluated.
 */
import type { Issue } from '@iza-regels/engine';

export type Row =
  | { readonly ok: true; readonly plan: unknown }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface ParsedInput {
  /** True for an array or NDJSON: the output is then an array with a row number per entry. */
  readonly batch: boolean;
  readonly rows: readonly Row[];
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function tryParse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function syntaxIssue(message: string, line?: number): Issue {
  const where =
    line === undefined
      ? { nl: '', en: '' }
      : { nl: ` (invoerregel ${line})`, en: ` (input line ${line})` };
  return {
    code: 'ongeldige-json',
    pad: '(hoofdniveau)',
    nl: `Dit is geen geldige JSON${where.nl}: ${message}`,
    en: `This is not valid JSON${where.en}: ${message}`,
  };
}

const EMPTY: Issue = {
  code: 'lege-invoer',
  pad: '(hoofdniveau)',
  nl: 'De invoer is leeg. Verwacht: één plan (een JSON-object), een JSON-array van plannen, of NDJSON (één plan per regel).',
  en: 'The input is empty. Expected: one plan (a JSON object), a JSON array of plans, or NDJSON (one plan per line).',
};

const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * NDJSON when the whole text is not one JSON value but it has several non-empty lines that look like
 * one object each. A pretty-printed document with a syntax error (its first line is a lone `{`) stays
 * one invalid document.
 */
function looksLikeNdjson(lines: ReadonlyArray<{ text: string }>): boolean {
  if (lines.length < 2) return false;
  const objectLines = lines.filter(({ text }) => text.startsWith('{') && text.endsWith('}')).length;
  const parsedObjects = lines.filter(({ text }) => {
    const parsed = tryParse(text);
    return parsed.ok && isObject(parsed.value);
  }).length;
  return objectLines === lines.length || parsedObjects * 2 >= lines.length;
}

export function parseInput(text: string): ParsedInput {
  if (text.trim() === '') return { batch: false, rows: [{ ok: false, issues: [EMPTY] }] };
  const whole = tryParse(text);
  if (whole.ok) {
    if (Array.isArray(whole.value))
      return { batch: true, rows: whole.value.map((plan: unknown) => ({ ok: true, plan })) };
    return { batch: false, rows: [{ ok: true, plan: whole.value }] };
  }
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ text: line.trim(), number: index + 1 }))
    .filter((line) => line.text !== '');
  if (!looksLikeNdjson(lines))
    return { batch: false, rows: [{ ok: false, issues: [syntaxIssue(whole.message)] }] };
  return {
    batch: true,
    rows: lines.map(({ text: line, number }) => {
      const parsed = tryParse(line);
      return parsed.ok
        ? { ok: true, plan: parsed.value }
        : { ok: false, issues: [syntaxIssue(parsed.message, number)] };
    }),
  };
}
