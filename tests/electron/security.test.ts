/**
 * The shell's guards (electron/security.ts) on a small fake of a session and a page: each
 * handler is registered and decides as the Electron security checklist asks. Turning a
 * `deny` into `allow`, a `cancel: true` into false or dropping a preventDefault fails here.
 */
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../electron/security.js';
import { call, FakeContents, fakeSession, navigationEvent } from './electronFakes.js';

const appUrl = 'app://kb/index.html';
const remote = ['https://example.com/', 'http://127.0.0.1:5178/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,<b>x</b>'];

describe('hardenSession', () => {
  const session = fakeSession();
  const refusals: string[] = [];
  hardenSession(session, (what, subject) => refusals.push(`${what}: ${subject}`));

  function requestCancels(url: string): boolean | undefined {
    let answer: { cancel?: boolean } | undefined;
    call(session.handlers.get('request'), { url, resourceType: 'xhr' }, (response: { cancel?: boolean }) => (answer = response));
    return answer?.cancel;
  }

  it('lets requests to the app through', () => {
    expect(requestCancels(appUrl)).toBe(false);
    expect(requestCancels('app://kb/corpus.json')).toBe(false);
  });

  it.each(remote)('cancels a request to %s, and logs it', (url) => {
    refusals.length = 0;
    expect(requestCancels(url)).toBe(true);
    expect(refusals).toEqual([`xhr request: ${url}`]);
  });

  function permissionRequest(permission: string, requestingUrl: string): boolean | undefined {
    let granted: boolean | undefined;
    call(session.handlers.get('permission request'), {}, permission, (answer: boolean) => (granted = answer), { requestingUrl });
    return granted;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midi'])('denies the app the "%s" permission', (permission) => {
    expect(permissionRequest(permission, appUrl)).toBe(false);
    expect(call(session.handlers.get('permission check'), {}, permission, 'app://kb')).toBe(false);
  });

  it('grants clipboard writing to the app only', () => {
    expect(permissionRequest('clipboard-sanitized-write', appUrl)).toBe(true);
    expect(call(session.handlers.get('permission check'), {}, 'clipboard-sanitized-write', 'app://kb')).toBe(true);
    expect(permissionRequest('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(call(session.handlers.get('permission check'), {}, 'clipboard-sanitized-write', 'https://example.com')).toBe(false);
  });

  it('denies every device (USB, serial, HID)', () => {
    expect(call(session.handlers.get('device permission'), { deviceType: 'usb', origin: 'app://kb' })).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const contents = new FakeContents();
  const refusals: string[] = [];
  hardenWebContents(contents, (what, subject) => refusals.push(`${what}: ${subject}`));

  it.each(['will-navigate', 'will-redirect'])('%s: stays on the app, anything else is prevented and logged', (eventName) => {
    const inside = navigationEvent('app://kb/index.html#/report/x');
    call(contents.listeners.get(eventName), inside);
    expect(inside.isPrevented).toBe(false);
    for (const url of remote) {
      const away = navigationEvent(url);
      call(contents.listeners.get(eventName), away);
      expect(away.isPrevented, url).toBe(true);
    }
  });

  it('will-frame-navigate: a subframe cannot leave the app (the main frame is will-navigate’s)', () => {
    const subframe = navigationEvent('https://example.com/', false);
    call(contents.listeners.get('will-frame-navigate'), subframe);
    expect(subframe.isPrevented).toBe(true);
    const ownSubframe = navigationEvent(appUrl, false);
    call(contents.listeners.get('will-frame-navigate'), ownSubframe);
    expect(ownSubframe.isPrevented).toBe(false);
  });

  it('denies every new window, the app’s own URLs included, and logs it', () => {
    refusals.length = 0;
    for (const url of [appUrl, 'https://example.com/']) {
      expect(call(contents.windowOpenHandler, { url, frameName: '', features: '', disposition: 'new-window', referrer: {}, postBody: undefined })).toEqual({ action: 'deny' });
    }
    expect(refusals).toEqual([`new window: ${appUrl}`, 'new window: https://example.com/']);
  });

  it('prevents attaching a <webview>', () => {
    refusals.length = 0;
    const attach = navigationEvent('');
    call(contents.listeners.get('will-attach-webview'), attach, {}, { src: 'https://example.com/' });
    expect(attach.isPrevented).toBe(true);
    expect(refusals).toEqual(['webview: https://example.com/']);
  });
});
