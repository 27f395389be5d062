/** The tests' browser is the benchmark's: one finder, one launcher, one set of offline flags (build/chromium.ts). */
export { chromiumArgs, findChromium, launchChromium } from '../../../build/chromium';
