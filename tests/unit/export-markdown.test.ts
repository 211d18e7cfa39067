import yaml from 'js-yaml';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fileNameFor, safeStem } from '../../common/export/file-names';
import { MARKER, renderMarkdown, splitAtMarker } from '../../common/export/markdown';
import { blockId, stableUuid } from '../../common/export/stable-id';
import { parseLink } from '../../electron/main/open-requests';
import { HIGHLIGHTS, item, QUOTATIONS } from './export-fixture';

const OPTS = { exported: '2026-03-05T12:00:00.000Z', includeQuotations: true };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function frontMatter(md: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error('no front matter');
  return { data: yaml.load(m[1]!) as Record<string, unknown>, body: m[2]! };
}

const dom = (md: string) => new JSDOM(marked.parse(md, { async: false })).window.document;

describe('Markdown for Obsidian', () => {
  const md = renderMarkdown(item(), 'obsidian', OPTS);
  const { data, body } = frontMatter(md);
  const doc = dom(body);

  it('has front matter with the article’s title, source, author, site, dates, tags and link', () => {
    expect(data).toMatchObject({
      title: 'Council: costs/“doubled” <again>? | CON',
      author: 'Jo Writer',
      site: 'The Daily',
      source: 'council.html',
      url: 'https://example.org/council',
      tags: ['local-politics', 'budget'],
      gloss: 'gloss://open?article=council-a1b2c3&offset=0',
      'gloss-id': 'council-a1b2c3',
    });
    // YAML dates
    expect((data.published as Date).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect((data.added as Date).toISOString().slice(0, 10)).toBe('2026-03-01');
    expect((data.exported as Date).toISOString().slice(0, 10)).toBe('2026-03-05');
  });

  it('quotes every highlight word for word, however much Markdown its text looks like', () => {
    const quotes = [...doc.querySelectorAll('blockquote')].map((b) => squash(b.textContent!));
    expect(quotes).toHaveLength(HIGHLIGHTS.length);
    HIGHLIGHTS.forEach((h, i) => expect(quotes[i]!.startsWith(squash(h.target.quote.exact))).toBe(true));
    // nothing of the article's text turned into formatting: the one emphasis is Gloss's color
    expect(
      doc.querySelectorAll('blockquote strong, blockquote ul, blockquote ol, blockquote h1, blockquote code'),
    ).toHaveLength(0);
    expect([...doc.querySelectorAll('blockquote em')].map((e) => e.textContent)).toEqual(
      HIGHLIGHTS.map((h) => h.color),
    );
  });

  it('gives each highlight a block id, its color, tags and a link to its passage', () => {
    const ids = body.match(/^\^[A-Za-z0-9-]+$/gm) ?? [];
    expect(ids).toEqual(HIGHLIGHTS.map((h) => `^${blockId(h.id)}`));
    expect(new Set(ids).size).toBe(ids.length);
    // block ids on their own line with a blank line around, as Obsidian needs after a quote
    for (const id of ids) expect(body).toContain(`\n\n${id}\n\n`);
    const blockquotes = [...doc.querySelectorAll('blockquote')];
    HIGHLIGHTS.forEach((h, i) => {
      const quote = blockquotes[i]!;
      expect(quote.textContent).toContain(h.color);
      for (const t of h.tags ?? [])
        expect(quote.textContent).toContain(
          `#${t === 'city hall' ? 'city-hall' : t === '2026' ? '_2026' : t}`,
        );
      const link = quote.querySelector('a[href^="gloss:"]')!.getAttribute('href')!;
      expect(parseLink(link)).toEqual({
        kind: 'article',
        link: { articleId: 'council-a1b2c3', offset: h.start },
      });
    });
  });

  it('keeps each note’s Markdown as written', () => {
    expect(body).toContain('**Bold** note\n\n- one\n- two');
    const strong = [...doc.querySelectorAll('strong')].map((s) => s.textContent);
    expect(strong).toContain('Bold');
    expect([...doc.querySelectorAll('li')].map((l) => l.textContent)).toEqual(
      expect.arrayContaining(['one', 'two']),
    );
    expect(body).toContain('My article note.');
  });

  it('groups quotations under their speaker, marking the unsure one “check”', () => {
    const h3 = [...doc.querySelectorAll('h3')].map((h) => h.textContent);
    expect(h3).toEqual(['Ana Ruiz']);
    const items = [...doc.querySelectorAll('h3 + ul li')];
    expect(items).toHaveLength(QUOTATIONS.length);
    expect(items[0]!.textContent).not.toMatch(/check/);
    expect(items[1]!.querySelector('strong')?.textContent).toBe('check');
    expect(squash(items[1]!.textContent!)).toContain(squash(`=HYPERLINK('x'), "quoted", and a new line.`));
    expect(parseLink(items[0]!.querySelector('a')!.getAttribute('href')!)).toMatchObject({
      link: { offset: QUOTATIONS[0]!.start },
    });
  });

  it('leaves quotations out unless asked, and ends with the marker', () => {
    const without = renderMarkdown(item(), 'obsidian', { ...OPTS, includeQuotations: false });
    expect(without).not.toContain('## Quotations');
    expect(without.endsWith(`${MARKER.obsidian}\n`)).toBe(true);
    expect(splitAtMarker(`${without}my own notes\n`, 'obsidian')).toEqual({
      gloss: without,
      mine: 'my own notes\n',
    });
    expect(splitAtMarker(without.replace(MARKER.obsidian, ''), 'obsidian')).toBeNull();
  });
});

describe('Markdown for Logseq', () => {
  const md = renderMarkdown(item(), 'logseq', OPTS);
  const lines = md.trimEnd().split('\n');

  it('starts with page properties and is blocks all the way down', () => {
    const props = lines.slice(0, lines.indexOf(''));
    for (const p of props) expect(p).toMatch(/^[a-z-]+:: \S/);
    expect(props).toContain('gloss-id:: council-a1b2c3');
    expect(props).toContain('tags:: local politics, budget');
    for (const l of lines.slice(props.length + 1)) expect(l).toMatch(/^\t*(- | {2})/);
  });

  it('gives each highlight a UUID id:: property, its color and its link, its note as a child', () => {
    const ids = md.match(/^\t+ {2}id:: (.+)$/gm)!.map((l) => l.split(':: ')[1]);
    expect(ids).toEqual(HIGHLIGHTS.map((h) => stableUuid(h.id)));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...md.matchAll(/gloss:: \[Open in Gloss\]\((gloss:[^)]+)\)/g)].map((m) =>
      parseLink(m[1]!),
    );
    expect(links.slice(1).map((l) => (l.kind === 'article' ? l.link.offset : -1))).toEqual(
      HIGHLIGHTS.map((h) => h.start),
    );
    expect(md).toContain('\t\t- #budget #[[city hall]]');
    expect(md).toContain('\t\t- **Bold** note\n\t\t  \n\t\t  - one');
  });
});

describe('file names', () => {
  it('are safe on Windows, macOS and Linux, and wiki-linkable', () => {
    expect(safeStem('Council: costs/“doubled” <again>? | CON')).toBe('Council costs “doubled” again CON');
    expect(safeStem('CON')).toBe('CON (article)');
    expect(safeStem('  ...hidden. ')).toBe('hidden');
    expect(safeStem('a[b]#c^d|e')).toBe('a b c d e');
    expect(safeStem('\u0000\u001f')).toBe('Untitled');
    expect([...safeStem('é'.repeat(300))]).toHaveLength(80);
  });

  it('take the article id when the title’s name is taken, the same way each time', () => {
    const taken = new Set(['report.md']);
    expect(fileNameFor('Report', 'abc-123', 'md', (n) => taken.has(n.toLowerCase()))).toBe(
      'Report (abc-123).md',
    );
    expect(fileNameFor('Report', 'abc-123', 'md', () => false)).toBe('Report.md');
    expect(fileNameFor('Report', 'abc-123', 'md', () => true)).toBeNull();
  });
});
