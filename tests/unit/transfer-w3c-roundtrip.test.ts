/**
 * Gloss's own W3C export read back by the import: into another library holding the same article,
 * every highlight comes back on its words with its color, note, tags and times; into the library
 * it came from, it changes nothing (no second copy of any highlight).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { renderW3c } from '../../common/export/w3c';
import { gatherItem } from '../../electron/services/export/gather';
import type { Services } from '../../electron/services/service-map';
import { importText, startServices, tempProfile } from '../support/profile';

const TEXT =
  'A note on tides 🌊 and harbours.\n\nThe harbour master said the tide would turn at noon.\n\nNobody listened.';
const profiles: { remove: () => void }[] = [];
const running: Services[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  profiles.splice(0).forEach((p) => p.remove());
});
async function library(): Promise<{ dir: string; s: Services; id: string }> {
  const p = tempProfile('gloss-w3c-');
  profiles.push(p);
  const s = await startServices(p.dir, { sample: false });
  running.push(s);
  return { dir: p.dir, s, id: (await importText(s, 'tides.txt', TEXT)).id };
}

async function exportW3c(s: Services, id: string, file: string): Promise<void> {
  const item = await gatherItem(
    {
      entries: () => s.library.entries(),
      article: (a) => s.library.get(a),
      annotations: (a) => s.annotations.get(a),
      analysis: (a) => s.analysis.get(a),
    },
    id,
    [],
    false,
  );
  writeFileSync(file, renderW3c([item], 'test'));
}

describe('W3C export, then import', () => {
  it('round-trips every highlight into another library, and changes nothing in its own', async () => {
    const a = await library();
    const text = a.s.library.get(a.id).text;
    const span = (words: string) =>
      describeRange(text, text.indexOf(words), text.indexOf(words) + words.length);
    a.s.annotations.addHighlight(a.id, { target: span('harbours'), color: 'purple', note: 'after the 🌊' });
    const tagged = a.s.annotations.addHighlight(a.id, {
      target: span('the tide would turn'),
      color: 'orange',
    });
    a.s.annotations.updateHighlight(a.id, tagged.id, { tags: ['tides', 'quote'], note: '**Noon**' });
    const file = path.join(a.dir, 'export.jsonld');
    await exportW3c(a.s, a.id, file);

    const b = await library();
    const summary = await b.s.transfer.import(file, {});
    expect(summary).toMatchObject({ kind: 'w3c', unplaced: [], toReview: 0 });
    expect(summary.highlights.added).toBe(2);
    const strip = ({ id: _id, ...h }: { id: string }) => h;
    expect(b.s.annotations.get(b.id).highlights.map(strip)).toEqual(
      a.s.annotations.get(a.id).highlights.map(strip),
    );

    const back = await a.s.transfer.import(file, {});
    expect(back.highlights).toEqual({ added: 0, updated: 0, unchanged: 2, kept: 0 });
    expect(a.s.annotations.get(a.id).highlights).toHaveLength(2);
  });
});
