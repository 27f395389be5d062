/**
 * The interface language of this start-up and its strings, asked for as soon as the app's code
 * runs: main.tsx imports this module first, so that the strings are fetched while the rest of
 * the code (React, the database) is evaluated, not after it.
 */
import { installBrowserBridgeIfAbsent } from '../../bridge/browserBridge';
import { readStoredLanguage } from './storedLanguage';
import { initialUiLanguage, type UiLanguage } from './uiLanguage';
import { loadUiStrings, type LanguageStrings } from './uiStrings';

export interface StartupLanguage {
  readonly language: UiLanguage;
  readonly strings: LanguageStrings;
}

/** The shell's locale (Electron: the system's preferred language) first, then the browser's list. */
async function systemLocales(): Promise<string[]> {
  try {
    return [(await window.kb.getAppInfo()).locale, ...navigator.languages];
  } catch {
    // A shell that cannot answer should not keep the app from starting.
    return [...navigator.languages];
  }
}

async function loadStartupLanguage(): Promise<StartupLanguage> {
  const language = initialUiLanguage(readStoredLanguage(), await systemLocales());
  return { language, strings: await loadUiStrings(language) };
}

// The bridge answers the shell's locale: installed here, before anything asks it.
installBrowserBridgeIfAbsent(window);

/** The language chosen (the stored choice, else the system's) and its strings. */
export const startupLanguage: Promise<StartupLanguage> = loadStartupLanguage();
