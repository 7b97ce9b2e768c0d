/*
 * The browser every browser test and the page benchmark drive: Debian's
 * chromium through playwright-core (never a downloaded browser), headless,
 * with nothing reaching out to the network on its own.
 */
import { chromium } from 'playwright-core';

/** Starts headless chromium (`CHROMIUM_PATH`, default /usr/bin/chromium). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
