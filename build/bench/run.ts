/** `npm run bench`: performance figures, each beside a baseline measured in the same run. */
import { runExportBench } from './exportBench';
import { runLanguagesBench } from './languagesBench';
import { runNotesBench } from './notesBench';
import { runNotesBrowserBench } from './notesBrowserBench';
import { runSearchBench } from './searchBench';
import { runSearchQuality } from './searchQuality';
import { runUiBench } from './uiBench';

console.log(`Benchmarks — ${new Date().toISOString()}, node ${process.version}`);
await runSearchQuality();
await runLanguagesBench();
await runSearchBench();
await runUiBench();
await runNotesBench();
await runNotesBrowserBench();
await runExportBench();
