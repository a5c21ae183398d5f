// CommonJS consumer: require() of the ESM packages (Node 20.19 and newer, without a flag).
const { evaluate } = require('@iza-regels/engine/regelset');
const plan = require('@iza-regels/rules/voorbeelden/ggz-wijk-spuk.json');

evaluate(plan, { peildatum: '2026-11-23' }).then((uitslag) => {
  if (!uitslag.geldig) throw new Error(`ongeldig: ${JSON.stringify(uitslag.problemen)}`);
  console.log(`require ${process.version} engine/regelset ${uitslag.regelset.hash}`);
});
