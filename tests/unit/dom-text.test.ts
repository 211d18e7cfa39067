import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textFromDom, type TextTreeNode } from '../../common/text/dom-text';

function container(html: string): HTMLElement {
  const div = new JSDOM('<!DOCTYPE html><body></body>').window.document.createElement('div');
  div.innerHTML = html;
  return div;
}

interface Plain extends TextTreeNode {
  childNodes: Plain[];
}
const t = (v: string): Plain => ({ nodeType: 3, nodeName: '#text', nodeValue: v, childNodes: [] });
const el = (name: string, ...children: Plain[]): Plain => ({
  nodeType: 1,
  nodeName: name,
  nodeValue: null,
  childNodes: children,
});

const textOf = (html: string): string => textFromDom(container(html)).text;

describe('textFromDom', () => {
  it('takes text verbatim and separates blocks by one blank line, never at the ends', () => {
    expect(textOf('<p>One  <b>two</b></p><p>three</p>')).toBe('One  two\n\nthree');
    expect(textOf('<h1>Title</h1><div><p>a</p><p>b</p></div><blockquote>c</blockquote>')).toBe(
      'Title\n\na\n\nb\n\nc',
    );
  });

  it('puts no separator around empty blocks', () => {
    expect(textOf('<p></p><p>a</p><div><p></p></div><p>b</p><hr><p></p>')).toBe('a\n\nb');
  });

  it('gives a line break for <br>', () => {
    expect(textOf('<p>line one<br>line two</p>')).toBe('line one\nline two');
  });

  it('skips whitespace-only text between blocks and at line ends, keeps it between words', () => {
    expect(textOf('\n  <p>a</p>\n  <ul>\n    <li>b</li>\n    <li>c</li>\n  </ul>\n')).toBe('a\n\nb\n\nc');
    expect(textOf('<p><b>a</b> <i>b</i></p>')).toBe('a b');
    expect(textOf('<p>a<span> </span>b</p>')).toBe('a b');
    expect(textOf('<p>a<br> <b>b</b></p>')).toBe('a\nb');
  });

  it('keeps whitespace inside pre', () => {
    expect(textOf('<pre><span>  </span><span>x</span>\n  y</pre>')).toBe('  x\n  y');
  });

  it('treats text beside blocks as its own block', () => {
    expect(textOf('intro<p>para</p>outro')).toBe('intro\n\npara\n\noutro');
  });

  it('separates nested lists and table cells', () => {
    expect(textOf('<ul><li>Item<ul><li>Sub</li></ul></li><li>Next</li></ul>')).toBe('Item\n\nSub\n\nNext');
    expect(textOf('<table><tr><th>h1</th><th>h2</th></tr><tr><td>c1</td><td></td></tr></table>')).toBe(
      'h1\n\nh2\n\nc1',
    );
  });

  it('ignores script, style, template and comments', () => {
    expect(textOf('<p>a<script>x()</script><style>p{}</style><!-- c --><template>t</template>b</p>')).toBe(
      'ab',
    );
  });

  it('maps every text node to its exact range, and separators to none', () => {
    const root = container('<p>Hello <em>big</em> world</p>\n<p>Again<br>and again</p>');
    const { text, segments } = textFromDom(root);
    expect(text).toBe('Hello big world\n\nAgain\nand again');
    expect(segments.map((s) => [s.node.nodeValue, s.start, s.end])).toEqual([
      ['Hello ', 0, 6],
      ['big', 6, 9],
      [' world', 9, 15],
      ['Again', 17, 22],
      ['and again', 23, 32],
    ]);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.node.nodeValue);
  });

  it('works on any structural tree, not only a DOM', () => {
    const root = el('div', el('p', t('x')), el('p', t('y'), el('br'), t('z')));
    expect(textFromDom(root).text).toBe('x\n\ny\nz');
  });

  it('is linear: its work grows with the tree, not faster, and a 20,000-word article reads whole', () => {
    const para = '<p>' + 'word <b>bold</b> text '.repeat(33) + '</p>';
    const big = container(para.repeat(200)); // ~20,000 words
    const { text, segments } = textFromDom(big);
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(19_800);
    expect(segments.length).toBe(200 * 66 + 200);

    // Work counted as reads of the tree's nodes, not timed: a shared machine's clock says little.
    const work = (paragraphs: number) => {
      let reads = 0;
      const counted = (node: Plain): Plain =>
        new Proxy(
          { ...node, childNodes: node.childNodes.map(counted) },
          { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) },
        );
      const words = Array.from({ length: 33 }, () => [t('word '), el('b', t('bold')), t(' text ')]).flat();
      const tree = el('div', ...Array.from({ length: paragraphs }, () => el('p', ...words)));
      textFromDom(counted(tree));
      return reads;
    };
    const ratio = work(400) / work(100);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);

    // Hostile pages nest thousands deep; a recursive walk would overflow the stack.
    let deep: Plain = t('deep');
    for (let i = 0; i < 100_000; i++) deep = el('span', deep);
    expect(textFromDom(el('div', deep)).text).toBe('deep');
  });
});
