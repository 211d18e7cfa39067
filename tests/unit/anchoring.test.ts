import { describe, expect, it } from 'vitest';
import { anchorTarget, describeRange } from '../../common/anchoring/anchor';

const text =
  'Azerbaijan and China enjoy ties. China also demonstrates great interest in this project, China says.';

describe('anchoring highlights to the plain text', () => {
  it('describes a range with its exact text, 32 characters of context and its position', () => {
    const start = text.indexOf('China also');
    const t = describeRange(text, start, start + 'China also'.length);
    expect(t.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'China also',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 10, start + 42),
    });
    expect(t.position).toEqual({ type: 'TextPositionSelector', start, end: start + 10 });
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it('uses the position when the text there still matches', () => {
    const t = describeRange(text, 33, 38);
    expect(anchorTarget(text, t)).toEqual({ start: 33, end: 38, status: 'exact' });
  });

  it('follows the quote when text was inserted before it, choosing the occurrence its context names', () => {
    const start = text.indexOf('China says');
    const t = describeRange(text, start, start + 5);
    const edited = 'Breaking: ' + text;
    const a = anchorTarget(edited, t);
    expect(a).toEqual({ start: start + 10, end: start + 15, status: 'relocated' });
    expect(edited.slice(a.start!, a.end!)).toBe('China');
  });

  it('orphans a highlight whose words are gone instead of dropping or moving it', () => {
    const start = text.indexOf('great interest');
    const t = describeRange(text, start, start + 14);
    expect(anchorTarget(text.replace('great interest', 'keen attention'), t)).toEqual({
      start: null,
      end: null,
      status: 'orphaned',
    });
  });

  it('orphans rather than guesses when the context cannot tell look-alikes apart', () => {
    const t = describeRange('one China here', 4, 9);
    const other = 'a China b China c';
    expect(anchorTarget(other, t).status).toBe('orphaned');
  });

  it('follows the occurrence with the best context, not the one nearest the old position', () => {
    const original = 'Alpha said that China grew. Beta said China fell.';
    const start = original.lastIndexOf('China');
    const t = describeRange(original, start, start + 5);
    // The sentences swapped: a look-alike now sits near the old position, the right one far from it.
    const edited = 'Beta said China fell. Alpha, in turn, said that China grew.';
    const right = edited.indexOf('China fell');
    const nearest = edited.lastIndexOf('China');
    expect(Math.abs(nearest - start)).toBeLessThan(Math.abs(right - start));
    expect(edited.slice(start, start + 5)).not.toBe('China');
    expect(anchorTarget(edited, t)).toEqual({ start: right, end: right + 5, status: 'relocated' });
  });

  it('follows a lone occurrence only where some of its context is still around it', () => {
    const t = describeRange('one China here', 4, 9);
    expect(anchorTarget('China!', t)).toEqual({ start: null, end: null, status: 'orphaned' });
    expect(anchorTarget('only one China!', t)).toEqual({ start: 9, end: 14, status: 'relocated' });
    // A long quote is specific enough by itself.
    const long = describeRange('said the Foreign Minister today', 9, 25);
    expect(anchorTarget('The Foreign Minister', long)).toEqual({ start: 4, end: 20, status: 'relocated' });
  });
});
