import { describe, expect, it } from 'vitest';
import { RendererRecovery } from '../../electron/main/renderer-recovery';

describe('a crashed reading view', () => {
  it('is reloaded twice within a minute, not a third time, and again once a minute has passed', () => {
    const r = new RendererRecovery();
    expect([r.shouldReload(0), r.shouldReload(10_000), r.shouldReload(20_000)]).toEqual([true, true, false]);
    expect(r.shouldReload(90_000)).toBe(true);
  });
});
