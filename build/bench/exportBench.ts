/**
 * Briefing export benchmark: 10,000 synthetic notes on 200 synthetic reports (reshuffled
 * clauses of the bundled report, not real reports), exported whole and by tag. Bodies are a
 * mix: most plain prose, a quarter with Markdown (bold, lists, links), a few hostile (headings,
 * fences, HTML). Parsing the bodies (markdown-it) and writing the tree (mdast-util-to-markdown)
 * are also timed apart. Beside it, in the same run, two baselines that do less: JSON.stringify
 * of the same notes, and a naive string concatenation of the same fields — UNSAFE, a body's `#`
 * or `---` would break its output; it only shows what building and escaping a tree costs.
 */
import { briefingTree, buildBriefing } from '../../renderer/src/core/export/briefing';
import { clearNoteBodyCache, noteBodyBlocks } from '../../renderer/src/core/export/noteBody';
import { serializeMarkdown } from '../../renderer/src/core/export/serializeMarkdown';
import type { BriefingInput, ExportScope } from '../../renderer/src/core/export/types';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import { STANCES, type Link, type Note } from '../../renderer/src/core/notes/types';
import type { Report, Unit } from '../../renderer/src/core/report/types';
import { readCorpusSources } from '../corpusSources';
import { ms, percentile } from './stats';
import { makeSyntheticCorpus, seededRandom } from './syntheticCorpus';

const NOTE_COUNT = 10_000;
const REPORT_COUNT = 200;
const ROUNDS = 5;
const TARGET_MS = 1_000;
const TAGS = ['budget', 'COP', 'GCA', 'SG17', 'X.509', 'WSIS C5', '预算', '网络安全', '能力建设', '国际合作', 'ask delegation', 'follow up'];
/** Bodies built to make a Markdown parser slow (cmark's pathological cases); each must fall back to plain text. */
const PATHOLOGICAL: ReadonlyArray<readonly [name: string, body: string]> = [
  ['10,000 nested quotes', '>'.repeat(10_000) + ' x'],
  ['3,000 nested lists', '- '.repeat(3_000) + 'x'],
  ['10,000 stars around a letter', '*'.repeat(10_000) + 'a' + '*'.repeat(10_000)],
  ['nested strong and emphasis', '*a **a '.repeat(2_000) + 'b' + ' a** a*'.repeat(2_000)],
  ['mismatched openers and closers', '*a_ '.repeat(5_000)],
  ['a 40,000-character body', '网络'.repeat(20_000)],
];
const HOSTILE = ['# 标题\n---\n正文', '```\n未闭合', '<script>alert(1)</script>', '| a | b |\n|---|---|', '[x](javascript:alert(1))'];

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(34)} ${value}`);
}

/** Milliseconds of each run of `run`, after one warm-up run. */
function timeRuns(run: () => unknown, rounds = ROUNDS): number[] {
  run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples;
}

function makeBody(random: () => number, unit: Unit, n: number): string {
  const clauses = unit.text.split(/[，。；]/u).filter((clause) => clause.length > 0);
  const clause = (): string => clauses[Math.floor(random() * clauses.length)] ?? unit.text.slice(0, 20);
  const kind = random();
  if (kind < 0.7) return `${clause()}，${clause()}。我方${n % 2 === 0 ? '支持' : '关切'}。`;
  if (kind < 0.95) return `**${clause()}**\n\n- ${clause()}\n- ${clause()}\n\n见 [文件](https://www.itu.int/md/S17-CL-C-${n % 100})。`;
  return `${HOSTILE[n % HOSTILE.length] ?? ''}\n\n${clause()}`;
}

/** 10,000 notes with tags, stances, passages, a few orphans and some links, from a seeded PRNG. */
function makeNotes(reports: readonly Report[]): { notes: Note[]; links: Link[] } {
  const random = seededRandom(5);
  const units = reports.flatMap((report) => report.units);
  const notes: Note[] = [];
  const links: Link[] = [];
  for (let n = 0; n < NOTE_COUNT; n++) {
    const unit = units[Math.floor(random() * units.length)]!;
    const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    const start = Math.floor(random() * Math.max(1, unit.text.length - 12));
    const hasPassage = random() < 0.3 && unit.text.length > 12;
    const isOrphan = random() < 0.05;
    const createdAt = new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString();
    notes.push({
      id,
      target: {
        reportId: unit.reportId,
        unitId: isOrphan ? `${unit.reportId}:99.${n}` : unit.id,
        ...(hasPassage ? { selector: makeSelector(unit.text, { start, end: start + 8 }) } : {}),
      },
      anchor: { status: isOrphan ? 'orphaned' : 'anchored' },
      body: makeBody(random, unit, n),
      tags: TAGS.filter(() => random() < 0.15),
      stance: random() < 0.6 ? (STANCES[Math.floor(random() * STANCES.length)] ?? null) : null,
      createdAt,
      updatedAt: createdAt,
      deletedAt: random() < 0.02 ? createdAt : null,
    });
    if (random() < 0.1) {
      const to = units[Math.floor(random() * units.length)]!;
      links.push({ id: `10000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, from: { kind: 'note', noteId: id }, to: { reportId: to.reportId, unitId: to.id }, label: '参见', createdAt, updatedAt: createdAt, deletedAt: null });
    }
  }
  return { notes, links };
}

/** The unsafe baseline: the same fields glued into Markdown-looking text, no escaping at all. */
function concatenate(input: BriefingInput): string {
  const units = new Map(input.reports.flatMap((report) => report.units).map((unit) => [unit.id, unit]));
  let text = '';
  for (const note of input.notes) {
    if (note.deletedAt !== null) continue;
    const unit = units.get(note.target.unitId);
    text += `#### ${unit?.number ?? note.target.unitId}\n\n> ${note.target.selector?.quote.exact ?? unit?.text ?? ''}\n\n${note.body}\n\n- ${note.tags.join(' ')}\n- ${note.stance ?? ''}\n\n`;
  }
  return text;
}

/** Runs the export benchmark and prints its figures. */
export async function runExportBench(): Promise<void> {
  const source = (await readCorpusSources()).reports[0]!;
  const reports = makeSyntheticCorpus(source, REPORT_COUNT);
  const { notes, links } = makeNotes(reports.reports);
  console.log(`\nBriefing export — ${NOTE_COUNT.toLocaleString('en')} synthetic notes on ${REPORT_COUNT} synthetic reports (reshuffled clauses of ${source.meta.id}):`);
  const input = (scope: ExportScope): BriefingInput => ({
    reports: reports.reports,
    notes,
    links,
    scope,
    options: { lang: 'zh', quoteMode: 'passage', exportedAt: new Date(Date.UTC(2026, 10, 24)) },
  });
  const all = input({ kind: 'all' });
  const briefing = buildBriefing(all);
  line('notes exported / Markdown size', `${briefing.noteCount.toLocaleString('en')} / ${(briefing.markdown.length / 1024 / 1024).toFixed(1)} M characters`);

  // Cold: every body parsed, as for the first export. Warm: bodies already parsed, as when the
  // dialog's preview exports again after a change of scope or option.
  const cold = timeRuns(() => {
    clearNoteBodyCache();
    buildBriefing(all);
  });
  const warm = timeRuns(() => buildBriefing(all));
  const tagCold = timeRuns(() => {
    clearNoteBodyCache();
    buildBriefing(input({ kind: 'tag', tag: '网络安全' }));
  });
  const bodies = timeRuns(() => {
    clearNoteBodyCache();
    for (const note of notes) noteBodyBlocks(note.body);
  });
  const { tree } = briefingTree(all);
  const writing = timeRuns(() => serializeMarkdown(tree));
  const json = timeRuns(() => JSON.stringify(notes));
  const naive = timeRuns(() => concatenate(all));
  const p50 = percentile(cold, 50);
  line('buildBriefing, all notes p50 / max', `${ms(p50)} / ${ms(Math.max(...cold))}   target ≤ ${TARGET_MS} ms${p50 <= TARGET_MS ? '' : '  (over target)'}`);
  line('  of which: parsing the bodies', ms(percentile(bodies, 50)));
  line('  of which: writing the Markdown', ms(percentile(writing, 50)));
  line('again, bodies cached (preview)', ms(percentile(warm, 50)));
  line('buildBriefing, one tag (~15%) p50', ms(percentile(tagCold, 50)));
  line('baseline: JSON.stringify(notes)', ms(percentile(json, 50)));
  line('baseline: string concat (UNSAFE)', `${ms(percentile(naive, 50))}   ratio ours/concat ${(p50 / percentile(naive, 50)).toFixed(0)}`);
  console.log('  one pathological body, parsed and written (p50; each falls back to plain text):');
  for (const [name, body] of PATHOLOGICAL) {
    const samples = timeRuns(() => {
      clearNoteBodyCache();
      serializeMarkdown({ type: 'root', children: [...noteBodyBlocks(body)] });
    });
    line(`  ${name}`, ms(percentile(samples, 50)));
  }
}
