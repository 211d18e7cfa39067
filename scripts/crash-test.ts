/**
 * `npm run --silent crash-test -- --kills 200`: runs the app's storage services in a child process
 * (scripts/crash-test-child.ts) that streams annotation changes across many articles (create, edit,
 * recolor, retag, retarget, delete, restore, corrections, article notes), kills it with
 * SIGKILL at random moments (inside appends, folds and the start-up recovery alike), starts it
 * again and checks the profile: every acknowledged change there, no store unreadable, no temporary
 * file left. Options: --kills N, --articles N, --max-delay MS, --seed N. Last line:
 * `kills K, acknowledged writes A, lost L, unreadable stores U, temp files left T`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';
import type { ArticleAnnotations } from '../common/model/annotation';
import { importDocument } from '../electron/services/import';
import { applyChange } from '../electron/services/journal/annotation-changes';
import {
  openJournal,
  readAnnotationsFile,
  readStoredAnnotations,
} from '../electron/services/journal/journaled-article';
import { Library } from '../electron/services/library';
import { NoticeBoard } from '../electron/services/notices';
import { TEMP_FILE } from '../electron/services/storage/temp-files';
import { runMain, wholeNumber } from './cli-args';
import { NEW_ID, type ChangeLine } from './crash-test-child';
import { rng as random } from './reanchor/cases';

const CHILD = path.join(import.meta.dirname, 'crash-test-child.ts');
const EMPTY: ArticleAnnotations = { highlights: [], articleNote: '', corrections: [] };

export interface CrashReport {
  kills: number;
  acknowledged: number;
  lost: number;
  unreadable: number;
  tempFiles: number;
  /** Runs of the child that ended other than by our kill or `stop`, with what they printed. */
  crashes: string[];
}

const words = ['minister', 'said', 'talks', 'Baku', 'Beijing', 'trade', 'agreed', 'visit', 'ties'];
function articleText(n: number): string {
  const paragraphs = Array.from({ length: 12 }, (_, p) => {
    const sentence = Array.from({ length: 40 }, (_, w) => words[(n * 7 + p * 3 + w) % words.length]).join(
      ' ',
    );
    return `Paragraph ${p + 1} of article ${n + 1}: “${sentence}”, Hikmet Hajiyev said.`;
  });
  return `# Article ${n + 1}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Records that differ between two states: how many acknowledged changes a mismatch stands for. */
function differences(a: ArticleAnnotations, b: ArticleAnnotations): number {
  const count = <T extends { id: string }>(xs: T[], ys: T[]) => {
    const byId = new Map(ys.map((y) => [y.id, y]));
    let n = xs.filter((x) => !isDeepStrictEqual(x, byId.get(x.id))).length;
    n += ys.filter((y) => !xs.some((x) => x.id === y.id)).length;
    return n;
  };
  return (
    count(a.highlights, b.highlights) +
    count(a.corrections, b.corrections) +
    (a.articleNote === b.articleNote ? 0 : 1)
  );
}

/**
 * Whether `actual` is `model` with the change in flight at the kill applied (durable, just never
 * acknowledged); a new record's id, unknown beforehand, is taken from `actual`.
 */
function withInFlight(model: ArticleAnnotations, actual: ArticleAnnotations, change: ChangeLine['change']) {
  let known = change;
  if (change.op === 'put-highlights' && change.highlights[0]?.id === NEW_ID) {
    const fresh = actual.highlights.find((h) => !model.highlights.some((m) => m.id === h.id));
    if (!fresh) return false;
    known = { op: 'put-highlights', highlights: [{ ...change.highlights[0], id: fresh.id }] };
  } else if (change.op === 'put-correction' && change.correction.id === NEW_ID) {
    const fresh = actual.corrections.find((c) => !model.corrections.some((m) => m.id === c.id));
    if (!fresh) return false;
    known = { op: 'put-correction', correction: { ...change.correction, id: fresh.id } };
  }
  return isDeepStrictEqual(applyChange(model, known), actual);
}

function countTempFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => TEMP_FILE.test(f)).length;
}

export async function crashTest(opts: {
  kills: number;
  articles?: number;
  maxDelayMs?: number;
  seed?: number;
  log?: (line: string) => void;
}): Promise<CrashReport> {
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rand = random(seed);
  const log = opts.log ?? (() => {});
  const profile = mkdtempSync(path.join(os.tmpdir(), 'gloss-crash-'));
  const report: CrashReport = {
    kills: 0,
    acknowledged: 0,
    lost: 0,
    unreadable: 0,
    tempFiles: 0,
    crashes: [],
  };
  try {
    const library = new Library(profile, new NoticeBoard());
    for (let n = 0; n < (opts.articles ?? 12); n++) {
      const doc = await importDocument({ fileName: `a${n}.md`, bytes: Buffer.from(articleText(n)) });
      library.add(doc, `a${n}.md`);
    }
    const ids = library.list().map((a) => a.id);
    const model = new Map(ids.map((id) => [id, EMPTY]));
    let inFlight: ChangeLine | null = null;

    /** After a restart: what is stored must be what was acknowledged (or that plus the change in flight). */
    const check = () => {
      for (const id of ids) {
        const actual = readStoredAnnotations(library.articleDir(id));
        if (!actual) continue; // counted as unreadable already
        const expected = model.get(id)!;
        if (isDeepStrictEqual(actual, expected)) continue;
        if (inFlight?.articleId === id && withInFlight(expected, actual, inFlight.change)) {
          model.set(id, actual);
          continue;
        }
        report.lost += differences(expected, actual);
        log(`article ${id}: stored state differs from the acknowledged one`);
        model.set(id, actual); // counted once, not again at every later check
      }
      inFlight = null;
      report.tempFiles += countTempFiles(profile);
    };

    /** Before a restart: every store and journal must read (a torn journal tail is allowed). */
    const checkReadable = () => {
      for (const id of ids) {
        const dir = library.articleDir(id);
        const damaged =
          readAnnotationsFile(dir).kind === 'damaged' || openJournal(dir).read().damaged.length > 0;
        if (damaged) {
          report.unreadable += 1;
          log(`article ${id}: a store or journal does not read after a kill`);
        }
      }
    };

    const run = (kill: boolean) =>
      new Promise<void>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', CHILD, '--profile', profile, '--seed', String(Math.floor(rand() * 2 ** 31))],
          {
            stdio: ['pipe', 'pipe', 'pipe'],
            cwd: path.join(import.meta.dirname, '..'), // where --import finds tsx
          },
        );
        let stderr = '';
        let killed = false;
        const killNow = () => {
          killed = true;
          child.kill('SIGKILL');
        };
        // now and then during start-up, when the recovery of the last kill is folding
        const early = kill && rand() < 0.15 ? setTimeout(killNow, rand() * 300) : null;
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        createInterface({ input: child.stdout }).on('line', (line) => {
          if (line === 'ready') {
            if (early) clearTimeout(early);
            check();
            child.stdin.write(kill ? 'go\n' : 'stop\n');
            if (kill) setTimeout(killNow, rand() * (opts.maxDelayMs ?? 250));
          } else if (line.startsWith('B ')) {
            inFlight = JSON.parse(line.slice(2)) as ChangeLine;
          } else if (line.startsWith('A ')) {
            const { articleId, change } = JSON.parse(line.slice(2)) as ChangeLine;
            model.set(articleId, applyChange(model.get(articleId)!, change));
            report.acknowledged += 1;
            inFlight = null;
          }
        });
        child.on('close', (code, signal) => {
          if (killed && signal === 'SIGKILL') report.kills += 1;
          else if (code !== 0) report.crashes.push(`exit ${code ?? signal}: ${stderr.trim().slice(-2000)}`);
          resolve();
        });
      });

    for (let k = 0; k < opts.kills; k++) {
      await run(true);
      checkReadable();
      if ((k + 1) % 20 === 0) log(`${k + 1} kills, ${report.acknowledged} acknowledged`);
    }
    // A last start checks the last kill; `stop` then closes cleanly, which must leave nothing behind.
    await run(false);
    report.tempFiles += countTempFiles(profile);
    return report;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const seed = wholeNumber(argv, '--seed', Math.floor(Math.random() * 2 ** 31));
  console.error(`seed ${seed}`);
  const r = await crashTest({
    kills: wholeNumber(argv, '--kills', 200),
    articles: wholeNumber(argv, '--articles', 12),
    maxDelayMs: wholeNumber(argv, '--max-delay', 250),
    seed,
    log: (line) => console.error(line),
  });
  for (const c of r.crashes) console.error(`child crashed: ${c}`);
  console.log(
    `kills ${r.kills}, acknowledged writes ${r.acknowledged}, lost ${r.lost}, unreadable stores ${r.unreadable}, temp files left ${r.tempFiles}`,
  );
  return r.lost || r.unreadable || r.tempFiles || r.crashes.length ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) runMain(main);
