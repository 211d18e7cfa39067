import { describe, expect, it } from 'vitest';
import { press } from './key-press';
import { caretMotion } from '../../renderer/src/reader/caret';

describe('caret keys', () => {
  it('left and right move by letter, with Ctrl (Alt on a Mac) by word; Shift extends', () => {
    expect(caretMotion(press('ArrowRight'))).toEqual({
      alter: 'move',
      direction: 'forward',
      granularity: 'character',
    });
    expect(caretMotion(press('ArrowLeft', { ctrlKey: true }))).toEqual({
      alter: 'move',
      direction: 'backward',
      granularity: 'word',
    });
    expect(caretMotion(press('ArrowRight', { altKey: true, shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'forward',
      granularity: 'word',
    });
  });

  it('up and down scroll, unless extending (by line) or with Ctrl (paragraph, or sentence with Shift)', () => {
    expect(caretMotion(press('ArrowDown'))).toBeNull();
    expect(caretMotion(press('PageDown'))).toBeNull();
    expect(caretMotion(press(' '))).toBeNull();
    expect(caretMotion(press('ArrowDown', { shiftKey: true }))?.granularity).toBe('line');
    expect(caretMotion(press('ArrowDown', { ctrlKey: true }))).toEqual({
      alter: 'move',
      direction: 'forward',
      granularity: 'paragraph',
    });
    expect(caretMotion(press('ArrowUp', { ctrlKey: true, shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'backward',
      granularity: 'sentence',
    });
  });
});
