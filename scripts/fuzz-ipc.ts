/**
 * `npm run --silent fuzz-ipc -- --per-method 1000`: feeds every contract method generated invalid
 * payloads (wrong types, missing and extra keys, huge strings, deep nesting, __proto__ and
 * constructor keys, NaN, negative and out-of-range numbers, ids with ../) through `dispatch`, the
 * one entry the app's ipcMain handlers and the browser bridge use, on services over a temp profile.
 * Each answer must be a typed error (invalid-input); nothing may throw, write a file (in the profile
 * or beside it) or pollute Object.prototype. Options: --per-method N, --seed N. Last line:
 * `methods M, cases C, crashes X, unexpected writes W, untyped errors E`.
 */
import Conf from 'conf';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeRange } from '../common/anchoring/anchor';
import { contract, METHOD_NAMES, type MethodName } from '../common/ipc/contract';
import { createInProcessRunner } from '../electron/services/analysis/runner';
import { createServices, dispatch } from '../electron/services/service-map';
import type { StoreConstructor } from '../electron/services/storage/store-factory';
import { runMain, wholeNumber } from './cli-args';
import { rng as random } from './reanchor/cases';

const SAMPLE = path.join(import.meta.dirname, '../assets/sample/azerbaijan-china-ties.txt');

export interface FuzzReport {
  methods: number;
  cases: number;
  crashes: number;
  unexpectedWrites: number;
  untypedErrors: number;
  /** The first few failures, with the method and payload that caused them. */
  examples: string[];
}

/** Every file under `dir` with a hash of its content: what a write would change. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    try {
      out.set(rel, createHash('sha1').update(readFileSync(file)).digest('hex'));
    } catch {
      out.set(rel, 'dir');
    }
  }
  return out;
}

const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** A valid payload per method, for near misses; a method without one is fuzzed from nothing. */
function seeds(articleId: string, text: string): Partial<Record<MethodName, unknown>> {
  const target = describeRange(text, 0, 10);
  const highlight = { id: 'h1', target, color: 'yellow', note: '', created: 'x', modified: 'x' };
  return {
    'app.openExternal': { url: 'https://example.org/' },
    'app.flushed': { requestId: 'r1' },
    'library.importFiles': { paths: ['/tmp/a.txt'] },
    'library.importFolder': { path: '/tmp/no-such-gloss-folder' },
    'library.remove': { articleId },
    'library.search': { query: 'china', limit: 5 },
    'article.get': { articleId },
    'article.getReadingState': { articleId },
    'article.setReadingState': { articleId, offset: 10 },
    'annotations.get': { articleId },
    'annotations.addHighlight': { articleId, target, color: 'yellow', note: 'n' },
    'annotations.updateHighlight': { articleId, id: 'h1', color: 'blue' },
    'annotations.deleteHighlight': { articleId, id: 'h1' },
    'annotations.restoreHighlight': { articleId, highlight },
    'annotations.setArticleNote': { articleId, note: 'n' },
    'annotations.addCorrection': { articleId, correction: { kind: 'reject-mention', target } },
    'annotations.removeCorrection': { articleId, id: 'c1' },
    'settings.update': { theme: 'dark', layers: { entities: false } },
    'analysis.get': { articleId },
    'backups.restore': { id: '2026-01-01' },
  };
}

type Rand = () => number;

function deep(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

/** Values that are wrong almost anywhere, or hostile where they would be right. */
function hostileValue(rand: Rand): unknown {
  const pick = Math.floor(rand() * 22);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return NaN;
    case 2:
      return Infinity;
    case 3:
      return -1;
    case 4:
      return 1e15;
    case 5:
      return -0.5;
    case 6:
      return 'x'.repeat(1_000_000 + Math.floor(rand() * 1000));
    case 7:
      return '../../../../etc/passwd';
    case 8:
      return '..\\..\\windows\\system32';
    case 9:
      return '';
    case 10:
      return deep(50 + Math.floor(rand() * 5000));
    case 11:
      return [];
    case 12:
      return {};
    case 13:
      return JSON.parse('{"__proto__": {"polluted": true}}');
    case 14:
      return { constructor: { prototype: { polluted: true } } };
    case 15:
      return true;
    case 16:
      return '\u0000\ud800 bad unicode';
    case 17:
      return Array.from({ length: 100_000 }, () => 1);
    case 18:
      return '__proto__';
    case 19:
      return 'javascript:alert(1)';
    case 20:
      return 2 ** 53 + 1;
    default:
      return { toString: 'not a function', valueOf: 1 };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One payload near `seed`: a key dropped, added or replaced, at the top or deeper. */
function mutate(seed: unknown, rand: Rand): unknown {
  if (!isObject(seed) || rand() < 0.1) return hostileValue(rand);
  const out: Record<string, unknown> = { ...seed };
  const keys = Object.keys(out);
  const roll = rand();
  if (roll < 0.2 && keys.length) delete out[keys[Math.floor(rand() * keys.length)]!];
  else if (roll < 0.4) {
    const key = ['__proto__', 'constructor', 'prototype', 'extra', 'articleId ', 'toString'][
      Math.floor(rand() * 6)
    ]!;
    Object.defineProperty(out, key, {
      value: hostileValue(rand),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else if (keys.length) {
    const key = keys[Math.floor(rand() * keys.length)]!;
    out[key] = isObject(out[key]) && rand() < 0.5 ? mutate(out[key], rand) : hostileValue(rand);
  } else out.extra = hostileValue(rand);
  return out;
}

export async function fuzzIpc(opts: {
  perMethod: number;
  seed?: number;
  /** The dispatch under test: the app's unless a test gives a broken one to see the checks fire. */
  dispatch?: typeof dispatch;
}): Promise<FuzzReport> {
  const send = opts.dispatch ?? dispatch;
  const rand = random(opts.seed ?? Math.floor(Math.random() * 2 ** 31));
  const root = mkdtempSync(path.join(os.tmpdir(), 'gloss-fuzz-'));
  const profile = path.join(root, 'profile');
  // beside the profile: where a ../ in an id would land
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(root, 'outside', 'keep.json'), '{"untouched": true}');
  const createStore: StoreConstructor = (options) => new Conf(options) as never;
  const services = await createServices({
    userDataDir: profile,
    createStore,
    runner: createInProcessRunner(),
    sampleFile: SAMPLE,
  });
  const report: FuzzReport = {
    methods: 0,
    cases: 0,
    crashes: 0,
    unexpectedWrites: 0,
    untypedErrors: 0,
    examples: [],
  };
  const note = (what: string, method: string, payload: unknown) => {
    if (report.examples.length < 10)
      report.examples.push(`${what} in ${method}: ${JSON.stringify(payload)?.slice(0, 300)}`);
  };
  try {
    const article = services.library.list()[0]!;
    const seedOf = seeds(article.id, services.library.get(article.id).text);
    services.annotations.closeAll(); // everything start-up wrote is on disk before the first snapshot
    for (const method of METHOD_NAMES) {
      report.methods += 1;
      const schema = contract[method].input;
      let made = 0;
      for (let attempt = 0; made < opts.perMethod && attempt < opts.perMethod * 20; attempt++) {
        const payload = mutate(seedOf[method] ?? {}, rand);
        if (schema.safeParse(payload).success) continue; // valid: not this test's business
        made += 1;
        report.cases += 1;
        const before = snapshot(root);
        let answer: Awaited<ReturnType<typeof dispatch>>;
        try {
          answer = await send(services.handlers, method, payload);
        } catch (err) {
          report.crashes += 1;
          note(`threw ${(err as Error).message}`, method, payload);
          continue;
        }
        if (answer.ok || answer.error.code !== 'invalid-input' || !answer.error.message) {
          report.untypedErrors += 1;
          note(`answered ${JSON.stringify(answer).slice(0, 200)}`, method, payload);
        }
        if (!same(before, snapshot(root))) {
          report.unexpectedWrites += 1;
          note('wrote', method, payload);
        }
        if ((Object.prototype as Record<string, unknown>).polluted !== undefined) {
          report.crashes += 1;
          note('polluted Object.prototype', method, payload);
          delete (Object.prototype as Record<string, unknown>).polluted;
        }
      }
      if (made < opts.perMethod) {
        report.crashes += 1;
        note(`only ${made} invalid payloads could be made`, method, null);
      }
    }
    return report;
  } finally {
    await services.close();
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const seed = wholeNumber(argv, '--seed', 1 + Math.floor(Math.random() * 2 ** 30), 1);
  console.error(`seed ${seed}`);
  const r = await fuzzIpc({ perMethod: wholeNumber(argv, '--per-method', 1000, 1), seed });
  for (const e of r.examples) console.error(e);
  console.log(
    `methods ${r.methods}, cases ${r.cases}, crashes ${r.crashes}, unexpected writes ${r.unexpectedWrites}, untyped errors ${r.untypedErrors}`,
  );
  return r.crashes || r.unexpectedWrites || r.untypedErrors ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) runMain(main);
