import { describe, expect, it } from 'vitest';
import { press } from './key-press';
import { keyCommand, SHORTCUTS } from '../../renderer/src/state/keys';
import {
  activeHighlightId,
  closesOnScroll,
  createOverlay,
  focusOf,
  NONE,
} from '../../renderer/src/state/overlay';
import { tabAfterKey } from '../../renderer/src/views/SidePanel';

const at = { x: 1, y: 2 };

describe('overlay', () => {
  it('holds one thing at a time: opening a card replaces the popover', () => {
    const o = createOverlay();
    o.open({ kind: 'highlight', ids: ['a'], activeId: 'a', at, focusNote: false });
    expect(activeHighlightId(o.getState().overlay)).toBe('a');
    o.open({ kind: 'quote', quote: { start: 3, end: 9 }, at });
    expect(o.getState().overlay.kind).toBe('quote');
    expect(activeHighlightId(o.getState().overlay)).toBeNull();
    expect(focusOf(o.getState().overlay)).toEqual({ kind: 'quote', quote: { start: 3, end: 9 } });
    o.close();
    expect(o.getState().overlay).toEqual(NONE);
    expect(focusOf(NONE)).toBeNull();
  });

  it('a scroll of the text closes what hangs in it, not the shortcut sheet', () => {
    expect(
      closesOnScroll({ kind: 'entity', entityId: 'e', mention: { start: 0, end: 1 }, at, quoteHere: null }),
    ).toBe(true);
    expect(closesOnScroll({ kind: 'shortcuts' })).toBe(false);
    expect(closesOnScroll(NONE)).toBe(false);
  });
});

const idle = { selection: false, typing: false };
const selected = { selection: true, typing: false };

describe('keys', () => {
  it('undo and redo on Ctrl or Cmd, Ctrl+Y too', () => {
    expect(keyCommand(press('z', { ctrlKey: true }), idle)).toEqual({ type: 'undo' });
    expect(keyCommand(press('z', { metaKey: true }), idle)).toEqual({ type: 'undo' });
    expect(keyCommand(press('Z', { ctrlKey: true, shiftKey: true }), idle)).toEqual({ type: 'redo' });
    expect(keyCommand(press('z', { metaKey: true, shiftKey: true }), idle)).toEqual({ type: 'redo' });
    expect(keyCommand(press('y', { ctrlKey: true }), idle)).toEqual({ type: 'redo' });
  });

  it('leaves a note field its own keys, except Escape', () => {
    const typing = { selection: true, typing: true };
    expect(keyCommand(press('z', { ctrlKey: true }), typing)).toBeNull();
    expect(keyCommand(press('1'), typing)).toBeNull();
    expect(keyCommand(press('?'), typing)).toBeNull();
    expect(keyCommand(press('Escape'), typing)).toEqual({ type: 'close' });
    expect(keyCommand(press('y', { ctrlKey: true }), typing)).toBeNull();
    expect(keyCommand(press('Z', { ctrlKey: true, shiftKey: true }), typing)).toBeNull();
  });

  it('answers the app’s own Ctrl+Shift keys in a field too: no field uses them', () => {
    const typing = { selection: false, typing: true };
    expect(keyCommand(press('E', { ctrlKey: true, shiftKey: true }), typing)).toEqual({ type: 'export' });
    expect(keyCommand(press('L', { ctrlKey: true, shiftKey: true }), typing)).toEqual({
      type: 'toggle-library',
    });
    expect(keyCommand(press('/', { ctrlKey: true }), typing)).toEqual({ type: 'shortcuts' });
  });

  it('colors and notes only with a selection', () => {
    expect(keyCommand(press('4'), selected)).toEqual({ type: 'highlight', color: 'pink', note: false });
    expect(keyCommand(press('h'), selected)).toEqual({ type: 'highlight', color: 'yellow', note: false });
    expect(keyCommand(press('n'), selected)).toEqual({ type: 'highlight', color: 'yellow', note: true });
    expect(keyCommand(press('4'), idle)).toBeNull();
    expect(keyCommand(press('7'), selected)).toBeNull();
    expect(keyCommand(press('?', { shiftKey: true }), idle)).toEqual({ type: 'shortcuts' });
  });

  it('the sheet lists every key the map answers to', () => {
    const listed = SHORTCUTS.flatMap((g) => g.keys.flatMap((k) => k.keys)).join(' ');
    for (const key of ['1', '6', 'H', 'N', 'Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', '?', 'Escape', 'Ctrl+/'])
      expect(listed).toContain(key);
    expect(listed).toContain('Ctrl+Shift+L');
    expect(listed).toContain('Ctrl+Shift+P');
  });

  it('the View menu’s accelerators work where there is no menu', () => {
    expect(keyCommand(press('L', { ctrlKey: true, shiftKey: true }), idle)).toEqual({
      type: 'toggle-library',
    });
    expect(keyCommand(press('P', { metaKey: true, shiftKey: true }), idle)).toEqual({ type: 'toggle-panel' });
    expect(keyCommand(press('/', { ctrlKey: true }), idle)).toEqual({ type: 'shortcuts' });
    expect(keyCommand(press('l', { ctrlKey: true }), idle)).toBeNull();
  });
});

describe('side-panel tabs', () => {
  it('arrows wrap, Home and End jump, other keys do nothing', () => {
    expect(tabAfterKey('notes', 'ArrowRight')).toBe('entities');
    expect(tabAfterKey('quotes', 'ArrowRight')).toBe('notes');
    expect(tabAfterKey('notes', 'ArrowLeft')).toBe('quotes');
    expect(tabAfterKey('entities', 'Home')).toBe('notes');
    expect(tabAfterKey('notes', 'End')).toBe('quotes');
    expect(tabAfterKey('notes', 'a')).toBeNull();
  });
});
