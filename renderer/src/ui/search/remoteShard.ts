/**
 * The search worker's side of a shard worker (shardWorker.ts): requests as promises, and what the
 * part says of itself (its state, loaded, failed) as it loads.
 */
import type { PartState } from './libraryPart';
import type { FromShard, ShardAnswers, ShardRequest, ToShard } from './shardProtocol';

/** The shard worker as the search worker sees it (a Worker; in tests, a part served in the same thread). */
export interface ShardPort {
  postMessage(message: ToShard): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromShard>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

export interface RemoteShardEvents {
  /** Its state changed (its first segment in, then each next one). */
  onState(): void;
  onLoaded(): void;
  onFailed(message: string): void;
}

export class RemoteShard {
  /** Null until its first segment is in: searches go without it until then. */
  state: PartState | null = null;
  isLoaded = false;
  private nextId = 0;
  private isOpened = false;
  /** Why the part failed, once it has: requests are refused from then on, never left waiting. */
  private failure: string | null = null;
  private readonly waiting = new Map<number, { resolve: (answer: never) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly worker: ShardPort,
    private readonly opening: Extract<ToShard, { type: 'open' }>,
    private readonly events: RemoteShardEvents,
  ) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.fail(event.message || 'the search part could not start'));
  }

  /**
   * Starts loading the part, once however often it is called. Requests may come before (documents
   * added at start-up): the part answers them once its first segment is in.
   */
  open(): void {
    if (this.isOpened) return;
    this.isOpened = true;
    this.post(this.opening);
  }

  request<T extends ShardRequest['type']>(request: Extract<ShardRequest, { type: T }>): Promise<ShardAnswers[T]> {
    if (this.failure !== null) return Promise.reject(new Error(this.failure));
    const id = this.nextId++;
    return new Promise<ShardAnswers[T]>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (answer: never) => void, reject });
      this.post({ ...request, id });
    });
  }

  expectSearch(): void {
    this.post({ type: 'expectSearch' });
  }

  private post(message: ToShard): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromShard): void {
    switch (message.type) {
      case 'state':
        this.state = message.state;
        this.events.onState();
        return;
      case 'loaded':
        this.isLoaded = true;
        this.events.onLoaded();
        return;
      case 'failed':
        this.fail(message.message);
        return;
      case 'answer':
      case 'refused': {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.type === 'answer') waiter?.resolve(message.answer as never);
        else waiter?.reject(new Error(message.message));
      }
    }
  }

  private fail(message: string): void {
    this.failure ??= message;
    for (const waiter of this.waiting.values()) waiter.reject(new Error(message));
    this.waiting.clear();
    this.events.onFailed(message);
  }
}
