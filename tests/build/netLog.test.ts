/** Reading what the browser process tried to reach from a NetLog (tests/e2e/support/netLog.ts). */
import { describe, expect, it } from 'vitest';
import { browserNetworkUse, tally } from '../e2e/support/netLog';

const constants = {
  logEventTypes: { URL_REQUEST_START_JOB: 1, TCP_CONNECT: 2, UDP_CONNECT: 3, REQUEST_ALIVE: 4 },
  logSourceType: { URL_REQUEST: 10, SOCKET: 11, UDP_SOCKET: 12 },
  logEventPhase: { PHASE_BEGIN: 1, PHASE_END: 2, PHASE_NONE: 0 },
};
const origin = 'http://127.0.0.1:5178';

describe('browserNetworkUse', () => {
  it('counts requests off the origin once each and connection attempts beyond loopback', () => {
    const use = browserNetworkUse(
      {
        constants,
        events: [
          { type: 1, phase: 1, source: { id: 1, type: 10 }, params: { url: `${origin}/corpus.json` } },
          { type: 1, phase: 1, source: { id: 2, type: 10 }, params: { url: 'https://update.googleapis.com/service' } },
          { type: 4, phase: 1, source: { id: 2, type: 10 }, params: { url: 'https://update.googleapis.com/again' } },
          { type: 1, phase: 1, source: { id: 3, type: 10 }, params: { url: 'data:text/plain,x' } },
          { type: 2, phase: 1, source: { id: 4, type: 11 }, params: { address_list: ['127.0.0.1:5178'] } },
          { type: 2, phase: 1, source: { id: 5, type: 11 }, params: { address_list: ['142.250.0.1:443', '[2a00::1]:443'] } },
          { type: 3, phase: 1, source: { id: 6, type: 12 }, params: { address: '10.0.0.53:53' } },
          { type: 3, phase: 2, source: { id: 6, type: 12 }, params: { net_error: -109 } },
          { type: 3, phase: 1, source: { id: 7, type: 12 }, params: { address: '[::1]:53' } },
        ],
      },
      origin,
    );
    expect(use.offOriginRequests).toEqual(['https://update.googleapis.com/service']);
    expect(use.outsideConnectAttempts).toEqual(['142.250.0.1:443', '[2a00::1]:443', '10.0.0.53:53']);
  });
});

describe('tally', () => {
  it('groups URLs by host and addresses as written', () => {
    expect(tally(['https://a.example/x', 'https://a.example/y', '10.0.0.53:53'])).toBe('2 × a.example, 1 × 10.0.0.53:53');
    expect(tally([])).toBe('none');
  });
});
