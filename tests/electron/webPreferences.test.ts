import { describe, expect, it } from 'vitest';
import { appSchemePrivileges } from '../../electron/appOrigin.js';
import { secureWebPreferences } from '../../electron/webPreferences.js';

describe('secureWebPreferences', () => {
  const preloadPath = '/opt/kb/resources/app.asar/dist/electron/electron/preload.cjs';
  const preferences = secureWebPreferences(preloadPath);

  it('uses the given preload', () => {
    expect(preferences.preload).toBe(preloadPath);
  });

  it.each([
    ['contextIsolation', true], // checklist 3
    ['sandbox', true], // checklist 4
    ['nodeIntegration', false], // checklist 2
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true], // checklist 6
    ['allowRunningInsecureContent', false], // checklist 8
    ['experimentalFeatures', false], // checklist 9
    ['webviewTag', false], // checklists 11 and 12
    ['navigateOnDragDrop', false], // checklist 13
    ['devTools', false],
    ['spellcheck', false],
    ['safeDialogs', true],
    ['enableWebSQL', false],
    ['disableBlinkFeatures', 'Auxclick'], // checklist 14
  ] as const)('sets %s to %s', (flag, expected) => {
    expect(preferences[flag]).toBe(expected);
  });

  it('enables no Blink features and no extra command-line arguments (checklist 10)', () => {
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.additionalArguments).toBeUndefined();
  });
});

describe('appSchemePrivileges', () => {
  it('makes app:// a standard, secure, fetchable origin', () => {
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
  });

  it('grants nothing that would weaken the page', () => {
    expect(appSchemePrivileges).toMatchObject({
      bypassCSP: false,
      allowServiceWorkers: false,
      corsEnabled: false,
      allowExtensions: false,
    });
  });
});
