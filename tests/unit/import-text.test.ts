import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { fixture, rendererText, root } from './import-helpers';

describe('importing plain text', () => {
  it('imports the bundled sample with its text exactly as written', async () => {
    const bytes = readFileSync(path.join(root, 'assets/sample/azerbaijan-china-ties.txt'));
    const doc = await importDocument({ fileName: 'azerbaijan-china-ties.txt', bytes });
    const content = bytes.toString('utf8');
    // The file ends in a newline and a blank line; the text is the content without them.
    expect(doc.text).toBe(content.trimEnd());
    expect(doc.text).toBe(content.replace(/\n+$/, ''));
    // Its first line is a quotation paragraph, not a headline.
    expect(doc.title).toBe('Azerbaijan china ties');
    expect(doc.text.startsWith('“Azerbaijan and China enjoy traditional ties')).toBe(true);
    expect(doc.format).toBe('txt');
    expect(doc.html.match(/<p>/g)).toHaveLength(6);
    expect(doc.warnings).toEqual([]);
    // ICU's word breaks, not whitespace: "News.Az" is two words to it.
    const naive = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(Math.abs(doc.wordCount - naive)).toBeLessThanOrEqual(3);
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('takes a headline-like first line as the title and does not repeat it', async () => {
    const doc = await importDocument({ fileName: 'headline.txt', bytes: fixture('headline.txt') });
    expect(doc.title).toBe('Ferry talks stall over fees');
    expect(doc.text).toBe(
      'Negotiators failed to agree on port fees on Monday.\nThey will meet again next week.\n\nA spokesman said both sides remained hopeful.',
    );
    expect(doc.html).toBe(
      '<p>Negotiators failed to agree on port fees on Monday.<br>They will meet again next week.</p><p>A spokesman said both sides remained hopeful.</p>',
    );
  });

  it('escapes markup in plain text instead of interpreting it', async () => {
    const text = 'Tags & such\n\n<script>alert(1)</script> is <b>not</b> markup here.\r\nSecond line.';
    const doc = await importDocument({ fileName: 'notes.txt', bytes: Buffer.from(text) });
    expect(doc.title).toBe('Tags & such');
    expect(doc.text).toBe('<script>alert(1)</script> is <b>not</b> markup here.\nSecond line.');
    expect(doc.html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; is &lt;b&gt;not&lt;/b&gt; markup here.<br>Second line.</p>',
    );
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('uses an explicit title and then drops a first line equal to it', async () => {
    const doc = await importDocument({
      fileName: 'headline.txt',
      bytes: fixture('headline.txt'),
      title: 'Ferry talks stall over fees',
    });
    expect(doc.title).toBe('Ferry talks stall over fees');
    expect(doc.text.startsWith('Negotiators')).toBe(true);
    const other = await importDocument({
      fileName: 'headline.txt',
      bytes: fixture('headline.txt'),
      title: 'Mine',
    });
    expect(other.title).toBe('Mine');
    expect(other.text.startsWith('Ferry talks stall over fees\n\nNegotiators')).toBe(true);
  });

  it('does not take a sentence or a long line for a headline', async () => {
    const sentence = await importDocument({
      fileName: 'a_note.text',
      bytes: Buffer.from('This is a sentence.\n\nAnd another one.'),
    });
    expect(sentence.title).toBe('A note');
    expect(sentence.text).toBe('This is a sentence.\n\nAnd another one.');
    const long = 'Word '.repeat(40).trim();
    const doc = await importDocument({ fileName: 'long.txt', bytes: Buffer.from(`${long}\n\nBody.`) });
    expect(doc.title).toBe('Long');
  });
});

describe('importing Markdown', () => {
  it('renders it, takes the first # heading as title, and sanitizes raw HTML', async () => {
    const doc = await importDocument({ fileName: 'article.md', bytes: fixture('article.md') });
    expect(doc.format).toBe('md');
    expect(doc.title).toBe('Ferry talks stall over fees');
    expect(doc.html).toContain('<strong>port fees</strong>');
    expect(doc.html).toContain('<a href="https://example.org/statement">officials said</a>');
    expect(doc.html).toMatch(/<ul>\s*<li>Fees on freight<\/li>/);
    expect(doc.html).toMatch(
      /<blockquote>\s*<p>"We remain hopeful," a spokesman said.<\/p>\s*<\/blockquote>/,
    );
    expect(doc.html).not.toMatch(/<script|javascript:|onerror|<h1|tracker\.example/i);
    expect(doc.text).toBe(
      [
        'Negotiators failed to agree on port fees on Monday, officials said.',
        'Fees on freight',
        'Fees on passengers',
        '"We remain hopeful," a spokesman said.',
        'a trap',
      ].join('\n\n'),
    );
    // Its remote image waits for the image store, which tells whether it could be saved.
    expect(doc.imageSources).toEqual([expect.stringContaining('tracker.example')]);
    expect(doc.warnings).toEqual([]);
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('sniffs Markdown and HTML in a file without an extension', async () => {
    const md = await importDocument({ fileName: 'README', bytes: Buffer.from('# Hello\n\nSome *text*.') });
    expect(md.format).toBe('md');
    expect(md.title).toBe('Hello');
    expect(md.text).toBe('Some text.');
    const html = await importDocument({
      fileName: 'saved-page',
      bytes: Buffer.from('<!doctype html><title>T</title><p>Hi <b>there</b></p>'),
    });
    expect(html.format).toBe('html');
    expect(html.text).toBe('Hi there');
    const txt = await importDocument({ fileName: 'notes.log', bytes: Buffer.from('Just words.') });
    expect(txt.format).toBe('txt');
  });
});
