// Browser consumer: bundled by esbuild for the browser (no Node built-ins), run in Chromium.
import { evaluate } from '@iza-regels/engine/regelset';
import plan from '@iza-regels/rules/voorbeelden/ggz-wijk-spuk.json';

globalThis.uitslag = evaluate(plan, { peildatum: '2026-11-23' }).then((uitslag) =>
  uitslag.geldig ? uitslag.regelset.hash : `ongeldig: ${JSON.stringify(uitslag.problemen)}`,
);
