import type { KbBridge } from './kbBridge';

declare global {
  interface Window {
    /** Present in Electron (preload) and in the browser build (installed at start-up). */
    readonly kb: KbBridge;
  }
}
