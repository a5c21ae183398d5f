/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download does not work here).
 * Apart from the harness, which needs vitest, so that scripts (scripts/consumer) can use it too.
 */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Dutch browser UI: date inputs then read dd-mm-jjjj, as for a Dutch user typing a date.
      '--lang=nl-NL',
    ],
  });
}
