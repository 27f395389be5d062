/**
 * What the browser process itself tried to reach, read from Chromium's NetLog
 * (`--log-net-log=FILE`, built into every Chromium; format: chromium/src/net/log/net_log_util.cc,
 * a JSON object with `constants` naming the numeric event and source types, and `events`).
 *
 * The page's own requests are recorded by playwright (session.ts); this sees everything the
 * network stack did, including what no page asked for: update checks, autofill look-ups,
 * DNS queries and connectivity probes.
 */

interface NetLogEvent {
  readonly type: number;
  readonly phase?: number;
  readonly source: { readonly id: number; readonly type: number };
  readonly params?: Readonly<Record<string, unknown>>;
}

interface NetLog {
  readonly constants: {
    readonly logEventTypes: Readonly<Record<string, number>>;
    readonly logSourceType: Readonly<Record<string, number>>;
    readonly logEventPhase: Readonly<Record<string, number>>;
  };
  readonly events: readonly NetLogEvent[];
}

export interface BrowserNetworkUse {
  /** URLs of requests the network stack started to anything but `origin` (one per request). */
  readonly offOriginRequests: readonly string[];
  /** Addresses of TCP and UDP connection attempts to anything but loopback (one per attempt). */
  readonly outsideConnectAttempts: readonly string[];
}

function isLoopback(address: string): boolean {
  const host = address.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === '::1' || host.startsWith('127.');
}

function isOnOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Off-origin requests and outside connection attempts in a NetLog file's parsed JSON. */
export function browserNetworkUse(log: NetLog, origin: string): BrowserNetworkUse {
  const eventType = log.constants.logEventTypes;
  const begin = log.constants.logEventPhase['PHASE_BEGIN'];
  const urlRequest = log.constants.logSourceType['URL_REQUEST'];
  const urlsByRequest = new Map<number, string>();
  const outsideConnectAttempts: string[] = [];
  for (const event of log.events) {
    const url = event.params?.['url'];
    if (event.source.type === urlRequest && typeof url === 'string' && !urlsByRequest.has(event.source.id)) {
      urlsByRequest.set(event.source.id, url);
    }
    if (event.phase !== begin) continue;
    // TCP_CONNECT lists the addresses it will try; UDP_CONNECT names one (DNS, QUIC probes).
    const addresses =
      event.type === eventType['TCP_CONNECT'] ? event.params?.['address_list']
      : event.type === eventType['UDP_CONNECT'] ? [event.params?.['address']]
      : [];
    if (!Array.isArray(addresses)) continue;
    for (const address of addresses) if (typeof address === 'string' && !isLoopback(address)) outsideConnectAttempts.push(address);
  }
  const offOriginRequests = [...urlsByRequest.values()].filter((url) => !isOnOrigin(url, origin));
  return { offOriginRequests, outsideConnectAttempts };
}

/** "3 × update.googleapis.com, 1 × 10.0.0.53:53": a short account of a list of URLs or addresses. */
export function tally(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    let key = item;
    try {
      key = item.includes('://') ? new URL(item).host : item;
    } catch {
      // not a URL: counted as written
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(', ') || 'none';
}
