import { describe, expect, it } from 'vitest';
import { extend, inOrder, NO_SELECTION, toggle } from '../../renderer/src/library/selection';

const order = ['e', 'd', 'c', 'b', 'a'];
const ids = (s: { ids: ReadonlySet<string> }) => inOrder({ ids: s.ids, anchor: null }, order);

describe('the library selection', () => {
  it('toggles a row in and out, the last one toggled anchoring a Shift-click', () => {
    const one = toggle(NO_SELECTION, 'd');
    expect(ids(one)).toEqual(['d']);
    expect(one.anchor).toBe('d');
    expect(ids(toggle(one, 'd'))).toEqual([]);
  });

  it('takes the run from the anchor either way, keeping what was chosen before', () => {
    const s = toggle(toggle(NO_SELECTION, 'a'), 'd');
    expect(ids(extend(s, 'b', order))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(extend(toggle(NO_SELECTION, 'b'), 'e', order))).toEqual(['e', 'd', 'c', 'b']);
  });

  it('toggles when there is no anchor or it is no longer shown', () => {
    expect(ids(extend(NO_SELECTION, 'c', order))).toEqual(['c']);
    expect(ids(extend({ ids: new Set(['z']), anchor: 'z' }, 'c', order))).toEqual(['c']);
  });
});
