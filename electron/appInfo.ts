/**
 * Facts about the running app for the renderer (KbBridge.getAppInfo). Pure so the
 * locale choice is testable without Electron; ipc.ts feeds it app.* values.
 */
import type { AppInfo } from '../renderer/src/bridge/kbBridge.js';

/** Used when neither the system nor Chromium reports a usable locale. */
export const fallbackLocale = 'en';

/**
 * The first valid BCP 47 tag among the system's preferred languages (most specific,
 * e.g. "zh-Hans-CN"), else Chromium's UI locale, else "en". Tags are canonicalised.
 */
export function chooseLocale(preferredSystemLanguages: readonly string[], appLocale: string): string {
  for (const candidate of [...preferredSystemLanguages, appLocale]) {
    const canonical = canonicalLocale(candidate);
    if (canonical !== null) return canonical;
  }
  return fallbackLocale;
}

/** Builds the AppInfo answer for the Electron shell. */
export function electronAppInfo(version: string, preferredSystemLanguages: readonly string[], appLocale: string): AppInfo {
  return { version, locale: chooseLocale(preferredSystemLanguages, appLocale), shell: 'electron' };
}

function canonicalLocale(tag: string): string | null {
  if (tag.trim() === '') return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null; // RangeError for tags such as "C" or "en_US.UTF-8"
  }
}
