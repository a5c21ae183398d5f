/**
 * The calendar date as files and plans write it. On its own, so that the plan schema (which the
 * browser needs) does not pull in the schemas of the rule files (which it does not).
 */
import { z } from 'zod';

export const IsoDateSchema = z.iso
  .date()
  .meta({ description: 'Een kalenderdatum als JJJJ-MM-DD / A calendar date as YYYY-MM-DD' });
