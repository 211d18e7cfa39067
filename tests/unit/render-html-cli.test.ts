import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../scripts/render-html';
import { runJsonlCli } from '../support/jsonl-cli';
import { ROOT } from '../support/profile';

const corpus = (name: string) => path.join(ROOT, 'tests/fixtures/hostile/corpus', name);

describe('npm run --silent render-html -- --format jsonl FILE...', () => {
  it('prints one {"file","html"} line per document, the HTML the reader shows, and says which file it refused', async () => {
    const files = [corpus('handler-onerror-img.html'), corpus('md-link-js.md'), corpus('no-such-file.html')];
    const { code, lines } = await runJsonlCli<Record<string, string>>('scripts/render-html.ts', files);
    expect(code).toBe(1);
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['file', 'html'],
      ['file', 'html'],
      ['file', 'error'],
    ]);
    for (const [i, name] of ['handler-onerror-img.html', 'md-link-js.md'].entries()) {
      expect(lines[i]!.html).toBe(await renderHtml(name, readFileSync(files[i]!)));
    }
    expect(lines[0]!.html).toContain('The foreign minister said on Tuesday');
    expect(lines[0]!.html).not.toMatch(/onerror|<img/);
    // the link's text stays, its javascript: target does not
    expect(lines[1]!.html).toContain('<p>click me</p>');
    expect(lines[1]!.html).not.toMatch(/javascript|<a/i);
    expect(lines[2]).toEqual({ file: files[2], error: `No such file: ${files[2]}` });
  }, 60_000);
});
