/** `npm run bench`: performance figures, each beside a baseline measured in the same run. */
import { runSearchBench } from './searchBench';

console.log(`Benchmarks — ${new Date().toISOString()}, node ${process.version}`);
await runSearchBench();
