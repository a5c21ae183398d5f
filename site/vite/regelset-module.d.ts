/** The module that `regelsetPlugin` (./regelset.ts) makes: the checked rule set as data. */
declare module 'virtual:iza-regels/regelset' {
  const checked: import('@iza-regels/engine').CheckedRuleSet;
  export default checked;
}
