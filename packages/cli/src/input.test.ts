import { describe, expect, it } from 'vitest';
import { parseInput } from './input.ts';

describe('parseInput: one plan, a JSON array or NDJSON', () => {
  it('one JSON object is a single plan, not a batch', () => {
    expect(parseInput('{"naam":"a"}')).toEqual({
      batch: false,
      rows: [{ ok: true, plan: { naam: 'a' } }],
    });
  });

  it('a JSON array is a batch, one row per element', () => {
    const { batch, rows } = parseInput('[{"naam":"a"}, 5]');
    expect(batch).toBe(true);
    expect(rows).toEqual([
      { ok: true, plan: { naam: 'a' } },
      { ok: true, plan: 5 },
    ]);
  });

  it('NDJSON is a batch; blank lines are skipped and a broken line is an invalid row', () => {
    const { batch, rows } = parseInput('{"naam":"a"}\n\n{"naam":\n{"naam":"c"}\n');
    expect(batch).toBe(true);
    expect(rows.map((row) => row.ok)).toEqual([true, false, true]);
    const broken = rows[1];
    expect(broken?.ok === false && broken.issues[0]?.nl).toContain('invoerregel 3');
  });

  it('a pretty-printed document with a syntax error stays one invalid plan', () => {
    const { batch, rows } = parseInput('{\n  "naam": "a",\n  "kosten": [\n}\n');
    expect(batch).toBe(false);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ok).toBe(false);
  });

  it('empty input is one invalid plan', () => {
    const { rows } = parseInput(' \n ');
    expect(rows[0]?.ok === false && rows[0].issues[0]?.code).toBe('lege-invoer');
  });
});
