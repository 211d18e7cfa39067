import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutFile, createToasts, MAX_TOASTS } from '../../renderer/src/state/toasts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const messages = (t: ReturnType<typeof createToasts>) => t.getState().toasts.map((x) => x.message);

describe('toasts', () => {
  it('information fades after its time, errors stay until dismissed', () => {
    const t = createToasts({ info: 1000, warning: 2000, error: 0 });
    t.push({ level: 'info', message: 'Imported.' });
    const err = t.push({ level: 'error', message: 'Could not read x.txt.' });
    vi.advanceTimersByTime(999);
    expect(messages(t)).toEqual(['Imported.', 'Could not read x.txt.']);
    vi.advanceTimersByTime(1);
    expect(messages(t)).toEqual(['Could not read x.txt.']);
    vi.advanceTimersByTime(60_000);
    expect(messages(t)).toEqual(['Could not read x.txt.']);
    t.dismiss(err);
    expect(messages(t)).toEqual([]);
  });

  it(`shows at most ${MAX_TOASTS}, and the oldest that is not an error gives way`, () => {
    const t = createToasts();
    t.push({ level: 'error', message: 'e1' });
    t.push({ level: 'info', message: 'i1' });
    t.push({ level: 'error', message: 'e2' });
    t.push({ level: 'info', message: 'i2' });
    expect(messages(t)).toEqual(['e1', 'e2', 'i2']);
    t.push({ level: 'error', message: 'e3' });
    t.push({ level: 'error', message: 'e4' });
    expect(messages(t)).toEqual(['e2', 'e3', 'e4']);
  });

  it('the same message twice is shown once, its time starting again', () => {
    const t = createToasts({ info: 1000, warning: 1000, error: 0 });
    t.push({ level: 'info', message: 'Saved.' });
    vi.advanceTimersByTime(800);
    t.push({ level: 'info', message: 'Saved.' });
    expect(messages(t)).toEqual(['Saved.']);
    vi.advanceTimersByTime(800);
    expect(messages(t)).toEqual(['Saved.']);
    vi.advanceTimersByTime(200);
    expect(messages(t)).toEqual([]);
  });

  it('an offer to undo stays its own time and is never merged with another', () => {
    const t = createToasts({ info: 1000, warning: 1000, error: 0 });
    const action = { label: 'Undo', run: () => {} };
    t.push({ level: 'info', message: 'Highlight deleted.', action }, 8000);
    t.push({ level: 'info', message: 'Highlight deleted.', action }, 8000);
    vi.advanceTimersByTime(7999);
    expect(messages(t)).toEqual(['Highlight deleted.', 'Highlight deleted.']);
    vi.advanceTimersByTime(1);
    expect(messages(t)).toEqual([]);
  });

  it('names a file once', () => {
    expect(aboutFile('big.txt', 'The file is too large.')).toBe('big.txt: The file is too large.');
    expect(aboutFile('big.txt', '“big.txt” is over 50 MB.')).toBe('“big.txt” is over 50 MB.');
  });
});
