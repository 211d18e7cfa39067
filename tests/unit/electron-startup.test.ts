import { describe, expect, it } from 'vitest';
import { runSmoke } from '../../electron/main/smoke';
import { describeStartupFailure, startOrExit } from '../../electron/main/startup';
import { servicesPerTest } from '../support/services-per-test';

const fs = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('a failure at start-up', () => {
  it('is told in a dialog with where the library is and what to try, then Gloss exits with 1 after stopping what had started', async () => {
    const seen: string[] = [];
    const ok = await startOrExit(
      () =>
        Promise.reject(fs('EACCES', "EACCES: permission denied, mkdir '/home/ana/.config/Gloss/articles'")),
      async () => void seen.push('stopped'),
      () => '/home/ana/.config/Gloss',
      {
        showError: (title, message) => void seen.push(`dialog: ${title} | ${message}`),
        exit: (code) => void seen.push(`exit ${code}`),
      },
    );
    expect(ok).toBe(false);
    expect(seen).toEqual([
      'stopped',
      "dialog: Gloss could not start | EACCES: permission denied, mkdir '/home/ana/.config/Gloss/articles'\n\n" +
        'Your library is kept in /home/ana/.config/Gloss. Gloss is not allowed to write there. Check the folder’s permissions.',
      'exit 1',
    ]);
  });

  it('still shows the dialog and exits when stopping fails too', async () => {
    const seen: string[] = [];
    await startOrExit(
      () => Promise.reject(new Error('the worker would not start')),
      () => Promise.reject(new Error('and would not stop')),
      () => '/p',
      { showError: (title) => void seen.push(title), exit: (code) => void seen.push(`exit ${code}`) },
    );
    expect(seen).toEqual(['Gloss could not start', 'exit 1']);
  });

  it('says a full disk or a read-only one, and anything else plainly', () => {
    expect(describeStartupFailure(fs('ENOSPC', 'no space'), '/d').message).toMatch(/disk .* is full/);
    expect(describeStartupFailure(fs('EROFS', 'read-only'), '/d').message).toMatch(/cannot be written/);
    expect(describeStartupFailure('boom', '/d')).toEqual({
      title: 'Gloss could not start',
      message: 'boom\n\nYour library is kept in /d. If it happens again, please report this message.',
    });
  });

  it('is not reported when the start succeeds', async () => {
    const seen: string[] = [];
    const ui = { showError: () => void seen.push('dialog'), exit: () => void seen.push('exit') };
    expect(
      await startOrExit(
        async () => {},
        async () => {},
        () => '/p',
        ui,
      ),
    ).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('the smoke run', () => {
  const t = servicesPerTest();
  const page = { title: 'Gloss', bridge: true };

  it('analyses the sample and passes when the page has its bridge', async () => {
    const report = await runSmoke(t.services, () => Promise.resolve(page));
    expect(report).toMatchObject({ ok: true, page, articles: 1 });
    expect(report.entities).toBeGreaterThan(5);
    expect(report.quotes).toBeGreaterThan(0);
  });

  it('fails when the page has no bridge, or the page cannot be reached', async () => {
    expect(
      await runSmoke(t.services, () => Promise.resolve({ title: 'Gloss', bridge: false })),
    ).toMatchObject({
      ok: false,
    });
    expect(await runSmoke(t.services, () => Promise.reject(new Error('render process gone')))).toMatchObject({
      ok: false,
      error: 'render process gone',
    });
  });
});

describe('the smoke run without the sample', () => {
  const t = servicesPerTest({ sample: false });
  it('fails, saying the library is empty', async () => {
    expect(await runSmoke(t.services, () => Promise.resolve({ title: 'Gloss', bridge: true }))).toMatchObject(
      {
        ok: false,
        articles: 0,
        error: 'the library is empty: the sample was not added',
      },
    );
  });
});
