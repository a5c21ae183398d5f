/**
 * Every field of the plan, read from the plan schema and its metadata: the path, the kind of value, the
 * question to ask, the labels of the choices, whether the answer is self-declared and what `null`
 * means. What a form or another tool needs to ask for a plan, without a field table of its own.
 */
import { z } from 'zod';
import type { Text } from '../rules/schema.ts';
import { PlanSchema } from './schema.ts';

/** `boolean` ja/nee; `keuze` one of `keuzes`; `meerkeuze` a list of them; `bedrag` euro. */
export type FieldType = 'boolean' | 'datum' | 'keuze' | 'meerkeuze' | 'getal' | 'bedrag' | 'tekst';
/** A field of the plan itself, or of one cost line (`kosten[].…`). */
export type FieldScope = 'plan' | 'kostenregel';

export interface PlanChoice {
  readonly waarde: string;
  readonly label: Text;
}

export interface PlanField {
  /** Path in the plan: `proces.startgesprek`, `kosten[].aard`, `kosten[].bedragen[].periode`. */
  readonly pad: string;
  readonly type: FieldType;
  readonly bereik: FieldScope;
  readonly vraag: Text;
  /** The choices of a `keuze` or `meerkeuze` field, with their labels. */
  readonly keuzes?: readonly PlanChoice[];
  /** True when the answer is a judgement the user declares. */
  readonly zelfVerklaard: boolean;
  /** Present when the field may be `null`, and what `null` means then. */
  readonly leeg?: Text;
  /** Whole numbers only (a year, a count). */
  readonly geheel: boolean;
  /**
   * The fact the rules know this field as, when the field is a plain copy into one: `plan.landelijk`
   * for `landelijk`, `kostenregel.domein` for `kosten[].domein`. Lists and nested lists have none.
   */
  readonly feit?: string;
}

/** The metadata a plan field carries in the schema (`.meta({...})`). */
interface FieldMeta {
  readonly vraag?: Text;
  readonly keuzes?: Readonly<Record<string, Text>>;
  readonly zelfVerklaard?: boolean;
  readonly leeg?: Text;
  readonly feit?: string;
}

/** The fact a field is copied into: `kosten[].x` → `kostenregel.x`, a top-level `x` → `plan.x`. */
function factName(pad: string, meta: FieldMeta): string | undefined {
  if (meta.feit !== undefined) return meta.feit;
  if (pad.startsWith('$')) return undefined;
  const rest = pad.startsWith('kosten[].') ? pad.slice('kosten[].'.length) : pad;
  if (rest.includes('[')) return undefined;
  if (pad.startsWith('kosten[].')) return `kostenregel.${rest}`;
  return pad.includes('.') ? pad : `plan.${pad}`;
}

interface Unwrapped {
  readonly schema: z.ZodType;
  readonly nullable: boolean;
  readonly meta: FieldMeta;
}

/** Through optional and nullable wrappers; metadata of an outer layer wins over an inner one. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let nullable = false;
  let meta: FieldMeta = {};
  for (;;) {
    meta = { ...(current.meta() as FieldMeta | undefined), ...meta };
    if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodNullable) {
      nullable = true;
      current = current.unwrap() as z.ZodType;
    } else return { schema: current, nullable, meta };
  }
}

const choices = (options: readonly unknown[], meta: FieldMeta): PlanChoice[] =>
  options.map((option) => {
    const waarde = String(option);
    const label = meta.keuzes?.[waarde];
    if (!label) throw new Error(`Choice ${waarde} has no label (keuzes)`);
    return { waarde, label };
  });

function typeOf(
  schema: z.ZodType,
  meta: FieldMeta,
): Pick<PlanField, 'type' | 'keuzes' | 'geheel'> | undefined {
  if (schema instanceof z.ZodBoolean) return { type: 'boolean', geheel: false };
  if (schema instanceof z.ZodEnum)
    return { type: 'keuze', keuzes: choices(schema.options, meta), geheel: false };
  if (schema instanceof z.ZodNumber)
    return schema.meta()?.eenheid === 'euro'
      ? { type: 'bedrag', geheel: false }
      : { type: 'getal', geheel: schema.isInt };
  if (schema instanceof z.ZodISODate) return { type: 'datum', geheel: false };
  if (schema instanceof z.ZodString) return { type: 'tekst', geheel: false };
  return undefined;
}

function collect(schema: z.ZodType, prefix: string, into: PlanField[]): void {
  const { schema: inner } = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) return;
  const shape: Readonly<Record<string, z.ZodType>> = inner.shape;
  for (const [key, child] of Object.entries(shape)) {
    const pad = `${prefix}${key}`;
    const { schema: value, nullable, meta } = unwrap(child);
    if (value instanceof z.ZodObject) {
      collect(value, `${pad}.`, into);
      continue;
    }
    let kind = typeOf(value, meta);
    if (value instanceof z.ZodArray) {
      const element = unwrap(value.element as z.ZodType);
      if (element.schema instanceof z.ZodObject) {
        collect(element.schema, `${pad}[].`, into);
        continue;
      }
      if (element.schema instanceof z.ZodEnum)
        kind = {
          type: 'meerkeuze',
          keuzes: choices(element.schema.options, { ...element.meta, ...meta }),
          geheel: false,
        };
    }
    if (!kind || !meta.vraag || (nullable && !meta.leeg))
      throw new Error(`Plan field ${pad} has no type, no question or no meaning for null`);
    const feit = kind.type === 'meerkeuze' ? undefined : factName(pad, meta);
    into.push({
      pad,
      ...kind,
      bereik: pad.startsWith('kosten[]') ? 'kostenregel' : 'plan',
      vraag: meta.vraag,
      zelfVerklaard: meta.zelfVerklaard === true,
      ...(nullable && meta.leeg ? { leeg: meta.leeg } : {}),
      ...(feit === undefined ? {} : { feit }),
    });
  }
}

let fields: readonly PlanField[] | undefined;

/** Every field of the plan, in the order of the plan schema. */
export function planFields(): readonly PlanField[] {
  if (!fields) {
    const all: PlanField[] = [];
    collect(PlanSchema, '', all);
    fields = all;
  }
  return fields;
}

/** The field at a path (`kosten[].aard`; an index such as `kosten[2].aard` is read as `kosten[]`). */
export function planField(pad: string): PlanField | undefined {
  const plain = pad.replace(/\[\d+\]/g, '[]');
  return planFields().find((field) => field.pad === plain);
}
