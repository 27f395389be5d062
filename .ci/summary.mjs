// Prints Vitest's totals as the plain closing line CI reads: "tests: N passed, N failed".
import { readFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(new URL('../test-artifacts/vitest-results.json', import.meta.url), 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.numTotalTests > 0 && results.numFailedTests === 0 ? 0 : 1);
