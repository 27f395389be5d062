/** The benchmark's command line: part names, and the UI part's options (`--sizes`, `--profile`). */

export interface UiBenchOptions {
  /** Synthetic library sizes to measure, in reports (the bundled corpus always runs). */
  readonly sizes: readonly number[];
  /** A folder for CPU profiles (page and search worker) of one start-up per library and, per synthetic library, of typing while it loads, when given. */
  readonly profileDir?: string;
}

export interface BenchOptions {
  readonly parts: readonly string[];
  readonly ui: UiBenchOptions;
}

/** Synthetic library sizes measured unless `--sizes` names others. */
export const defaultUiSizes: readonly number[] = [1_000, 10_000];

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** Reads `PART… [--sizes N[,N…]] [--profile DIR]`; a wrong option ends the process with code 2. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const parts: string[] = [];
  let sizes = defaultUiSizes;
  let profileDir: string | undefined;
  for (let n = 0; n < args.length; n++) {
    const arg = args[n]!;
    if (arg === '--sizes') {
      const value = args[++n] ?? fail('--sizes needs a list of report counts, e.g. --sizes 1000,10000');
      const counts = value.split(',').map((count) => Number(count.replaceAll('_', '')));
      if (counts.some((count) => !Number.isInteger(count) || count < 1)) fail(`--sizes ${value}: not a list of report counts`);
      sizes = counts;
    } else if (arg === '--profile') {
      profileDir = args[++n] ?? fail('--profile needs a folder');
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}; options: --sizes N[,N…], --profile DIR`);
    } else {
      parts.push(arg);
    }
  }
  return { parts, ui: { sizes, ...(profileDir === undefined ? {} : { profileDir }) } };
}
