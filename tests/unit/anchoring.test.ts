import { describe, expect, it } from 'vitest';
import { anchorTarget, describeRange } from '../../common/anchoring/anchor';

const text =
  'Azerbaijan and China enjoy ties. China also demonstrates great interest in this project, China says.';

const para = (...ps: string[]) => ps.join('\n\n');
const P1 =
  'The minister said the pipeline would open next spring, and that talks with the neighbouring states had gone well.';
const P2 =
  'Critics of the project warned that the costs had doubled since the first estimate and that nobody had asked the farmers.';
const P3 =
  'Officials declined to say when the final contract would be signed or by whom it would be paid for.';
const P4 = 'The company said it would publish the full figures at the end of the quarter, as it always does.';
const P5 = 'Residents of the valley held a meeting on Sunday evening to discuss the route of the new road.';

const highlight = (t: string, exact: string, from = 0) => {
  const at = t.indexOf(exact, from);
  if (at < 0) throw new Error(`"${exact}" is not in the text`);
  return describeRange(t, at, at + exact.length);
};

describe('describing a highlight', () => {
  it('stores its exact text, its context out to the paragraph ends (at least 32 characters) and its position', () => {
    const start = text.indexOf('China also');
    const t = describeRange(text, start, start + 'China also'.length);
    expect(t.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'China also',
      prefix: text.slice(0, start),
      suffix: text.slice(start + 10),
    });
    expect(t.position).toEqual({ type: 'TextPositionSelector', start, end: start + 10 });
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it('reaches 32 characters past a paragraph break and no more than 300 within a paragraph', () => {
    const t = para(P1, 'He agreed.', P2);
    const d = highlight(t, 'He agreed.');
    expect(d.quote.prefix).toBe(t.slice(t.indexOf('He agreed.') - 32, t.indexOf('He agreed.')));
    expect(d.quote.suffix.length).toBe(32);
    const long = 'word '.repeat(200);
    expect(describeRange(long, 500, 504).quote.prefix.length).toBe(300);
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const t = '😀'.repeat(40) + ' the point ' + '😀'.repeat(40);
    const at = t.indexOf('the point');
    const d = describeRange(t, at, at + 9);
    // 32 units back from a run of surrogate pairs would start on a low surrogate.
    expect(d.quote.prefix.codePointAt(0)).toBe(0x1f600);
    expect(d.quote.suffix.at(-1)).toBe('\ude00');
    const edited = 'Update. ' + t.replace('the point', 'the  point');
    const a = anchorTarget(edited, d);
    expect(a.status).toBe('moved');
    expect(edited.slice(a.start!, a.end!)).toBe('the  point');
  });
});

describe('anchoring a highlight in a changed text', () => {
  it('is anchored where its words and near context are unchanged', () => {
    const t = describeRange(text, 33, 38);
    expect(anchorTarget(text, t)).toEqual({ start: 33, end: 38, status: 'anchored' });
  });

  it('is anchored on its own words after text was inserted before it, the context naming the occurrence', () => {
    const start = text.indexOf('China says');
    const t = describeRange(text, start, start + 5);
    const edited = 'Breaking: ' + text;
    const a = anchorTarget(edited, t);
    expect(a).toEqual({ start: start + 10, end: start + 15, status: 'anchored' });
  });

  it('is moved, for review, when its words changed, with the new words as its span', () => {
    const original = para(P1, P2, P3);
    const t = highlight(original, 'the costs had doubled since the first estimate');
    const edited = original.replace('costs had doubled', 'costs have doubled');
    const a = anchorTarget(edited, t);
    expect(a.status).toBe('moved');
    expect(edited.slice(a.start!, a.end!)).toBe('the costs have doubled since the first estimate');
  });

  it('is orphaned when its words are gone, never dropped or laid on other words', () => {
    const original = para(P1, P2, P3);
    const t = highlight(original, 'nobody had asked the farmers');
    const edited = original.replace('nobody had asked the farmers', 'the region would benefit');
    expect(anchorTarget(edited, t)).toEqual({ start: null, end: null, status: 'orphaned' });
  });

  it('follows a paragraph that moved unchanged, anchored', () => {
    const original = para(P1, P2, P3, P4, P5);
    const t = highlight(original, 'declined to say');
    const edited = para(P3, P1, P2, P4, P5);
    expect(anchorTarget(edited, t)).toEqual({
      status: 'anchored',
      start: edited.indexOf('declined to say'),
      end: edited.indexOf('declined to say') + 15,
    });
  });

  it('never anchors silently on a look-alike copy when the original was rewritten', () => {
    const original = para(P1, P2, P3, P4, P5);
    const t = highlight(original, 'costs had doubled');
    const copy = P2.replace('Critics', 'Opponents');
    const rewritten =
      'Critics said the budget was still being worked out and the farmers would be consulted.';
    const edited = para(P1, rewritten, P3, P4, P5, copy);
    const a = anchorTarget(edited, t);
    expect(a.status).not.toBe('anchored');
  });

  it('never anchors silently on a look-alike copy far away when the original was removed', () => {
    const original = para(P1, P2, P3, P4, P5, P3, P4);
    const t = highlight(original, 'costs had doubled');
    const copy = P2.replace('Critics of the project', 'Critics of the scheme');
    const edited = para(P1, P3, P4, P5, P3, P4, copy);
    const a = anchorTarget(edited, t);
    expect(a.status).toBe('moved');
    expect(edited.slice(a.start!, a.end!)).toBe('costs had doubled');
  });

  it('tells a repeated name apart by its paragraph, and within one by where the context puts it', () => {
    const original = para(
      'Hajiyev spoke first. The talks, Hajiyev said, were frank.',
      'Later that day Hajiyev met the press and said nothing new.',
    );
    const second = original.indexOf('Hajiyev', 5);
    const t = describeRange(original, second, second + 7);
    const edited = 'Note: updated.\n\n' + original.replace('were frank', 'were frank and long');
    const a = anchorTarget(edited, t);
    expect(a.status).toBe('anchored');
    expect(a.start).toBe(edited.indexOf('Hajiyev', edited.indexOf('The talks')));
    const third = original.lastIndexOf('Hajiyev');
    const b = anchorTarget(edited, describeRange(original, third, third + 7));
    expect(b).toEqual({
      status: 'anchored',
      start: edited.lastIndexOf('Hajiyev'),
      end: edited.lastIndexOf('Hajiyev') + 7,
    });
  });

  it('does not place a one-letter highlight on another letter when its paragraph is gone', () => {
    const original = para(P1, P2, P3);
    const at = original.indexOf('a', original.indexOf(P2));
    const t = describeRange(original, at, at + 1);
    expect(anchorTarget(para(P1, P3), t).status).toBe('orphaned');
  });

  it('finds a highlight across a paragraph break after its paragraphs moved and one word changed', () => {
    const original = para(P1, P2, P3, P4, P5);
    const start = original.indexOf('the farmers.');
    const end = original.indexOf('Officials declined') + 'Officials declined'.length;
    const t = describeRange(original, start, end);
    const edited = para(P4, P5, P1, P2.replace('farmers', 'growers'), P3);
    const a = anchorTarget(edited, t);
    expect(a.status).toBe('moved');
    expect(edited.slice(a.start!, a.end!)).toBe('the growers.\n\nOfficials declined');
  });

  it('keeps the old anchoring of stored highlights with 32 characters of context', () => {
    const start = text.indexOf('great interest');
    const old = {
      ...describeRange(text, start, start + 14),
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: 'great interest',
        prefix: text.slice(start - 32, start),
        suffix: text.slice(start + 14, start + 46),
      },
    };
    const edited = 'Breaking: ' + text;
    expect(anchorTarget(edited, old)).toEqual({ status: 'anchored', start: start + 10, end: start + 24 });
  });
});
