/**
 * Stands in for `json-rules-engine` in the browser bundle. The engine evaluates with compiled
 * conditions; json-rules-engine is only its reference (the differential test, in Node). The one thing
 * the compiled path touches is `new Operator(...)` for the reference's date operators, made when the
 * module loads; here that is a record that is never run.
 */
export class Operator<A = unknown, B = unknown> {
  constructor(
    readonly name: string,
    readonly cb: (factValue: A, value: B) => boolean,
  ) {}
}

export class Engine {
  constructor() {
    throw new Error('IZA-regels: json-rules-engine is de referentie en draait niet in de browser.');
  }
}
