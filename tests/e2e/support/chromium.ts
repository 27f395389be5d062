/** The tests' browser is the benchmark's: one launcher, one set of offline flags (build/chromium.ts). */
export { chromiumArgs, chromiumPath, launchChromium } from '../../../build/chromium';
