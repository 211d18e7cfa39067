import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { printedByline } from '../../electron/services/import/furniture';
import { fixture, rendererText } from './import-helpers';

/** What a page's scripts leave in `__glossPwned` when a DOM runs them (jsdom runs none unless told). */
function canary(html: string): unknown {
  const { window } = new JSDOM(html, { runScripts: 'dangerously' });
  const value = (window as unknown as { __glossPwned?: unknown }).__glossPwned;
  window.close();
  return value;
}

const imported = (name: string) => importDocument({ fileName: name, bytes: fixture(name) });

describe('importing HTML', () => {
  it('keeps nothing that could run, load or submit from a hostile page', async () => {
    const doc = await imported('hostile.html');
    const html = doc.html.toLowerCase();
    for (const bad of [
      '<script',
      '<style',
      '<iframe',
      '<object',
      '<embed',
      '<form',
      '<input',
      '<button',
      '<link',
      '<meta',
      '<base',
      '<svg',
      '<foreignobject',
      '<noscript',
      'javascript:',
      'data:text',
      'srcdoc',
      'style=',
      'tracker.example',
      'evil.example',
    ]) {
      expect(html, bad).not.toContain(bad);
    }
    expect(doc.html).not.toMatch(/\son\w+\s*=/i);
    // The canary: in a DOM that runs scripts, the page itself sets it and the imported body does not.
    expect(canary(fixture('hostile.html').toString('utf8'))).toBe('head script ran');
    expect(canary(`<!DOCTYPE html><body>${doc.html}</body>`)).toBeUndefined();

    // The article is kept, links lose only their unsafe targets, and the text is what is shown.
    expect(doc.title).toBe('Harbour talks resume in Baku');
    expect(doc.text).toContain('Negotiators returned to the table on Monday');
    expect(doc.text).toContain('The talks cover port fees, customs and a shared report.');
    expect(doc.text).toContain('would be held in March in the capital.');
    expect(doc.html).toContain('<a href="https://example.org/report">a shared report</a>');
    expect(doc.text).not.toMatch(
      /written by script|noscript text|svg foreign text|hunter2|Log in again|Ignore the article|Hidden by attribute/,
    );
    // Images from elsewhere keep no source in the body: the image store saves or drops them.
    expect(doc.imageSources).toEqual(['x', 'https://tracker.example/pixel.gif']);
    expect(doc.html.match(/<img[^>]*data-gloss-image="\d"/g)).toHaveLength(2);
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('reads a printed byline whose "By" is in an element of its own', () => {
    const byline = (body: string) => printedByline(new JSDOM(`<body>${body}</body>`).window.document);
    expect(byline('<h1>Title</h1><p><b>By</b> Jane Smith</p><p>The story.</p>')).toBe('By Jane Smith');
    expect(byline('<p>\n  <span>By</span> <a href="/a">Jane Smith</a></p>')).toBe('By Jane Smith');
    expect(byline('<p>By the river the town grew.</p>')).toBeNull();
  });

  it('reduces a page to its article with Readability: nav, ads, sidebar and footer are gone', async () => {
    const doc = await imported('readable-page.html');
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Caspian ferry line doubles its fleet');
    expect(doc.byline).toBe('Leyla Mammadova');
    expect(doc.siteName).toBe('Harbour Gazette');
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The state shipping company said on Wednesday/);
    expect(paragraphs).toContain(
      '"Demand has outgrown what we can carry," the company\'s chairman told reporters at the port of Alat. "Every crossing leaves cargo waiting on the quay, and that is business we lose."',
    );
    expect(paragraphs.at(-1)).toMatch(/a route that has drawn new interest since 2022\.$/);
    for (const junk of ['Home', 'Politics', 'BUY NOW', 'Advertisement', 'Most read', 'All rights reserved']) {
      expect(doc.text, junk).not.toContain(junk);
    }
    expect(doc.wordCount).toBeGreaterThan(150);
    expect(doc.wordCount).toBeLessThan(200);
    expect(doc.excerpt.length).toBeLessThanOrEqual(201);
    expect(doc.excerpt).toMatch(/^The state shipping company said on Wednesday .*…$/);
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('normalizes whitespace and keeps list, table and pre structure in the text', async () => {
    const doc = await imported('nested-list-table.html');
    expect(doc.text).toBe(
      [
        'The ministry published the quarterly figures on Tuesday, and the picture is mixed across sectors.',
        'Energy',
        'Oil exports rose',
        'Gas exports fell slightly',
        'Agriculture held steady',
        'Sector',
        'Change',
        'Energy',
        '+4%',
        'Agriculture',
        'Analysts expect the trend to continue\ninto the next quarter.',
        '  ratio = exports / imports',
      ].join('\n\n'),
    );
    expect(doc.html).toContain('<em>fell</em>');
    expect(doc.html).toMatch(/<ul><li>Energy<ul><li>Oil exports rose<\/li>/);
    expect(doc.html).toContain('<td></td>');
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('takes an explicit title over the page’s own', async () => {
    const doc = await importDocument({
      fileName: 'readable-page.html',
      bytes: fixture('readable-page.html'),
      title: 'My title',
    });
    expect(doc.title).toBe('My title');
  });

  it('keeps the whole page, with a warning, when Readability finds no article', async () => {
    const doc = await importDocument({
      fileName: 'tiny.htm',
      // An aside is the one thing on the page, and Readability never takes an aside for an article.
      bytes: Buffer.from('<aside>Just one line.</aside>'),
    });
    expect(doc.text).toBe('Just one line.');
    expect(doc.title).toBe('Tiny');
    expect(doc.warnings).toEqual([
      'Gloss could not tell the article apart from the rest of the page, so it kept the whole page.',
    ]);
  });

  it('refuses a page with no readable text left once sanitized', async () => {
    const html =
      '<html><head><title>Only scripts</title><script>alert(1)</script></head><body><iframe src="x"></iframe><img src="https://x/y.png"></body></html>';
    await expect(
      importDocument({ fileName: 'scripts.html', bytes: Buffer.from(html) }),
    ).rejects.toMatchObject({
      code: 'no-content',
      message:
        'No readable text was found in “scripts.html” once scripts, styles, forms and page furniture were removed.',
    });
  });

  it('keeps a page nested absurdly deep whole, without handing it to Readability, and says so', async () => {
    // Readability's time grows far faster than the depth; what keeps this fast is not running it,
    // which the warning shows (a wall-clock bound would only test the machine).
    const n = 300;
    const html = `<p>Intro text.</p>${'<div><span>x</span>'.repeat(n)}deep${'</div>'.repeat(n)}`;
    const doc = await importDocument({ fileName: 'deep.html', bytes: Buffer.from(html) });
    expect(doc.warnings).toEqual([
      'This page is nested too deeply to look for its article, so Gloss kept the whole page.',
    ]);
    expect(doc.text.startsWith('Intro text.')).toBe(true);
    expect(doc.text.endsWith('deep')).toBe(true);
    expect(rendererText(doc.html)).toBe(doc.text);
  });
});
