/**
 * zod compiles its parsers with `new Function` when it may, and first tries whether it may. The
 * Content-Security-Policy has no 'unsafe-eval', so that try is a violation on every page. The engine's
 * zod (the same package) parses without compiling in the browser. zod reads this when a schema is
 * made, so it must run before the engine's modules: useRekenaar (components/simulator/hooks.ts) loads
 * this module first and rekenen.ts after it.
 */
import { config } from 'zod';

config({ jitless: true });
