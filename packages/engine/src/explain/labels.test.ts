import { describe, expect, it } from 'vitest';
import {
  ConditionStateSchema,
  DeadlineSchema,
  OutcomeSchema,
  ShiftSchema,
} from '../output/schema.ts';
import { CertaintySchema } from '../rules/schema.ts';
import { DEADLINE_OUTCOME } from '../evaluate/deadlines.ts';
import { LABELS, deadlineStatusText } from './labels.ts';

/** Each label table against the enum of the receipt schema it words, read from the schema itself. */
const TABLES = {
  uitkomst: [LABELS.uitkomst, OutcomeSchema.options],
  voorwaarde: [LABELS.voorwaarde, ConditionStateSchema.options],
  zekerheid: [LABELS.zekerheid, CertaintySchema.options],
  termijnStatus: [LABELS.termijnStatus, DeadlineSchema.shape.status.shape.soort.options],
  verschuiving: [LABELS.verschuiving, ShiftSchema.shape.reden.options],
} as const;

describe('labels', () => {
  it.each(Object.entries(TABLES))(
    'the table %s words every value of its enum, and no other, in Dutch and English',
    (_, [table, values]) => {
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const text of Object.values(table)) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    },
  );

  it('one wording per concept: no two values of a table share a label', () => {
    for (const [table] of Object.values(TABLES))
      for (const language of ['nl', 'en'] as const) {
        const words = Object.values(table).map((text) => text[language]);
        expect(new Set(words).size).toBe(words.length);
      }
  });

  it('every deadline status has an outcome and a sentence that starts with its label', () => {
    const statuses = DeadlineSchema.shape.status.shape.soort.options;
    expect(Object.keys(DEADLINE_OUTCOME).sort()).toEqual([...statuses].sort());
    for (const soort of statuses)
      for (const dagen of [0, 1, 12]) {
        const text = deadlineStatusText({ soort, dagen });
        for (const language of ['nl', 'en'] as const) {
          expect(text[language].startsWith(LABELS.termijnStatus[soort][language])).toBe(true);
          expect(text[language]).not.toMatch(/\{|\}/);
        }
      }
  });

  it('a day count in the status sentence, one day singular', () => {
    expect(deadlineStatusText({ soort: 'te-laat', dagen: 1 }).nl).toContain('1 dag na');
    expect(deadlineStatusText({ soort: 'loopt', dagen: 12 }).en).toContain('12 days left');
    expect(deadlineStatusText({ soort: 'gemist', dagen: 5 }).nl).toContain('5 dagen voorbij');
  });
});
