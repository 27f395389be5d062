/**
 * Vitest global setup of the e2e project: finds the browser once (unpacking the npm-shipped one
 * if it comes to that, before any test's timeout runs) and says in the test output which
 * browser the tests drive.
 */
import { describeChromium, findChromium } from '../../../build/chromium';

export default async function reportBrowser(): Promise<void> {
  console.log(`e2e browser: ${await describeChromium(await findChromium())}`);
}
