/**
 * The process the crash test kills: the app's storage services (startStorage, as the service map
 * starts them) on a profile, performing a stream of annotation changes. Before each change it prints
 * `B <json>` (what it is about to do, in full), after it `A <json>` (the change as acknowledged).
 * Lines go out with a synchronous write, so a line printed is a line the harness reads, whenever
 * the kill comes. It prints `ready` once start-up (the recovery of the last crash) is done and
 * waits for `go` on stdin; `stop` closes the services cleanly and exits.
 */
import Conf from 'conf';
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeRange } from '../common/anchoring/anchor';
import {
  HIGHLIGHT_COLORS,
  type ArticleAnnotations,
  type CorrectionInput,
  type Highlight,
} from '../common/model/annotation';
import type { AnnotationChange } from '../electron/services/journal/annotation-changes';
import { startStorage } from '../electron/services/journal/start-storage';
import { NoticeBoard } from '../electron/services/notices';
import type { StoreConstructor } from '../electron/services/storage/store-factory';
import { rng as random } from './reanchor/cases';

/** A `B` or `A` line's payload. In a `B` line, the id of a record not made yet is NEW_ID. */
export interface ChangeLine {
  articleId: string;
  change: AnnotationChange;
}
export const NEW_ID = '?';
const TAGS = ['politics', 'trade', 'to check', 'quote'];

function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

function main(): void {
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1] ?? '';
  const rand = random(Number(arg('--seed')));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const createStore: StoreConstructor = (options) => new Conf(options) as never;
  // Folds often and at varied moments, so that kills land inside folds as well as appends.
  const { library, annotations } = startStorage(arg('--profile'), createStore, new NoticeBoard(), {
    foldWhenIdleMs: 5 + Math.floor(rand() * 100),
    foldAfterChanges: 2 + Math.floor(rand() * 40),
  });
  const articles = library.list().map((a) => ({ id: a.id, text: library.get(a.id).text }));
  const deleted: { articleId: string; highlight: Highlight }[] = [];

  const step = () => {
    const { id, text } = pick(articles);
    const now = new Date(Date.now() + Math.floor(rand() * 1000));
    const stamp = now.toISOString();
    const current: ArticleAnnotations = annotations.get(id);
    const start = Math.floor(rand() * (text.length - 30));
    const target = describeRange(text, start, start + 5 + Math.floor(rand() * 25));
    const existing = current.highlights.length ? pick(current.highlights) : null;
    const kind = pick([
      'create',
      'create',
      'edit',
      'recolor',
      'retag',
      'retarget',
      'delete',
      'restore',
      'correct',
      'uncorrect',
      'note',
    ]);
    const line = (change: AnnotationChange): ChangeLine => ({ articleId: id, change });
    const announce = (change: AnnotationChange) => say(`B ${JSON.stringify(line(change))}`);
    const ack = (change: AnnotationChange) => say(`A ${JSON.stringify(line(change))}`);

    if (kind === 'edit' || kind === 'recolor' || kind === 'retag' || kind === 'retarget') {
      if (!existing) return;
      const patch =
        kind === 'edit'
          ? { note: `note ${Math.floor(rand() * 1e6)} ✓` }
          : kind === 'recolor'
            ? { color: pick(HIGHLIGHT_COLORS) }
            : kind === 'retag'
              ? { tags: TAGS.filter(() => rand() < 0.4) }
              : { target };
      announce({ op: 'put-highlights', highlights: [{ ...existing, ...patch, modified: stamp }] });
      ack({ op: 'put-highlights', highlights: [annotations.updateHighlight(id, existing.id, patch, now)] });
    } else if (kind === 'delete') {
      if (!existing) return;
      announce({ op: 'delete-highlight', id: existing.id });
      deleted.push({ articleId: id, highlight: annotations.deleteHighlight(id, existing.id) });
      ack({ op: 'delete-highlight', id: existing.id });
    } else if (kind === 'restore') {
      const i = deleted.findIndex((d) => d.articleId === id);
      if (i < 0) return;
      const back = deleted.splice(i, 1)[0]!.highlight;
      announce({ op: 'put-highlights', highlights: [back] });
      ack({ op: 'put-highlights', highlights: [annotations.restoreHighlight(id, back)] });
    } else if (kind === 'correct') {
      const input: CorrectionInput = pick<CorrectionInput>([
        { kind: 'reject-mention', target },
        { kind: 'add-quote', target, speakerName: rand() < 0.5 ? null : 'A. Speaker' },
        { kind: 'merge-entities', fromName: 'Hajiyev', intoName: 'Hikmet Hajiyev' },
      ]);
      announce({ op: 'put-correction', correction: { ...input, id: NEW_ID, created: stamp } });
      ack({ op: 'put-correction', correction: annotations.addCorrection(id, input, now) });
    } else if (kind === 'uncorrect') {
      if (!current.corrections.length) return;
      const gone = pick(current.corrections).id;
      announce({ op: 'delete-correction', id: gone });
      annotations.removeCorrection(id, gone);
      ack({ op: 'delete-correction', id: gone });
    } else if (kind === 'note') {
      const note = `article note ${Math.floor(rand() * 1e6)}\n${'…'.repeat(Math.floor(rand() * 50))}`;
      announce({ op: 'set-article-note', note });
      annotations.setArticleNote(id, note);
      ack({ op: 'set-article-note', note });
    } else {
      const note = rand() < 0.3 ? 'a note' : '';
      const color = pick(HIGHLIGHT_COLORS);
      announce({
        op: 'put-highlights',
        highlights: [{ id: NEW_ID, target, color, note, created: stamp, modified: stamp }],
      });
      ack({ op: 'put-highlights', highlights: [annotations.addHighlight(id, { target, color, note }, now)] });
    }
  };

  let running = false;
  const loop = () => {
    if (!running) return;
    for (let i = 0; i < 5; i++) step();
    // back to the event loop now and then, so idle folds and `stop` get their turn
    setImmediate(loop);
  };
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line === 'go') {
      running = true;
      loop();
    } else if (line === 'stop') {
      running = false;
      annotations.closeAll();
      say('stopped');
      process.exit(0);
    }
  });
  say('ready');
}

if (process.argv.includes('--profile')) main();
