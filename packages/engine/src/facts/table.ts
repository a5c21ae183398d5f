/**
 * The facts of one unit: its own over its parent's (a period over its cost line, a cost line over its
 * plan, another reading over the literal one), looked up through the chain rather than copied. Plain
 * objects chained by prototype did the same, but V8 reshapes every object that becomes a prototype,
 * which cost more than judging the rules.
 */
import type { Facts } from './derive.ts';

export type FactValue = Facts[string];

export class FactTable {
  readonly #own: ReadonlyMap<string, FactValue>;
  readonly #parent: FactTable | undefined;

  /** A map is kept as it is (never changed here), so units of several readings can share it. */
  constructor(own: ReadonlyMap<string, FactValue> | Facts, parent?: FactTable) {
    this.#own = own instanceof Map ? own : new Map(Object.entries(own));
    this.#parent = parent;
  }

  /** The same own facts over another parent, sharing them: another reading's over the literal one. */
  over(parent: FactTable): FactTable {
    return new FactTable(this.#own, parent);
  }

  /** The value; `null` when known not to have happened, `undefined` when unknown. */
  get(id: string): FactValue | undefined {
    const value = this.#own.get(id);
    return value === undefined && this.#parent ? this.#parent.get(id) : value;
  }

  /** Every fact as one object, own facts over the parent's: for json-rules-engine and for readers. */
  toFacts(): Facts {
    const facts: Facts = this.#parent ? this.#parent.toFacts() : {};
    for (const [id, value] of this.#own) facts[id] = value;
    return facts;
  }
}
