/** The class names of the NL Design System Candidate text components, for plain elements in the islands. */
export const KOP = {
  2: 'nl-heading nl-heading--level-2',
  3: 'nl-heading nl-heading--level-3',
  4: 'nl-heading nl-heading--level-4',
  5: 'nl-heading nl-heading--level-5',
} as const;
export const ALINEA = 'nl-paragraph';
export const LINK = 'nl-link';
export const CODE = 'nl-code';
export const LIJST = 'utrecht-unordered-list utrecht-unordered-list--html-content';
