/**
 * Debian's Chromium driven by playwright-core (which cannot download a browser here). Every
 * flag that would make the browser itself reach the network is off; the page's own requests
 * are what the tests record and check.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
] as const;

/** A fresh browser; each test then opens its own context (a fresh profile, no shared storage). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}
