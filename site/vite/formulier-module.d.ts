/** The module that `formulierPlugin` (./formulier.ts) makes: what the forms need, as data. */
declare module 'virtual:iza-regels/formulier' {
  const formulier: import('../src/lib/simulator/formulier.ts').Formulier;
  export default formulier;
  /** The id of the element in the page that holds the data in the browser. */
  export const FORMULIER_ID: string;
}
