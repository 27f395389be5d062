/** The shard worker: serves the second part of a large library to the search worker (shardHost.ts), off its thread. */
import type { FromShard, ToShard } from './shardProtocol';
import { ShardHost } from './shardHost';

const host = new ShardHost((message: FromShard) => postMessage(message));
addEventListener('message', (event: MessageEvent<ToShard>) => host.receive(event.data));
