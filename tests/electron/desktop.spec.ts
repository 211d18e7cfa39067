/**
 * The desktop habits in the real app: one instance (a second launch's file and gloss: link go to
 * the running window), the right-click menu, permissions refused, the CSP header and the window's
 * place remembered. Skipped, with the reason, where the Electron binary is not installed.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GlossApi } from '../../common/ipc/bridge';
import { electronUnavailableReason } from './electron-binary';
import { closeAll, launch, quit, removeProfiles, secondLaunch, tempProfile } from './launch';

const skipReason = electronUnavailableReason();
test.skip(skipReason !== null, skipReason ?? '');
test.afterEach(closeAll);
test.afterAll(removeProfiles);

const body = '[data-testid="article-body"]';

test('a second launch hands its file and its gloss: link to the running window, and exits', async () => {
  const profile = tempProfile();
  const { app, page, errors } = await launch(profile);
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');

  const folder = mkdtempSync(path.join(os.tmpdir(), 'gloss-file-'));
  const file = path.join(folder, 'harbour.md');
  writeFileSync(
    file,
    `# The harbour report\n\n${'The ships came in. '.repeat(400)}\n\nThe last line of it.\n`,
  );
  try {
    expect(await secondLaunch(profile, [file])).toBe(0);
    await expect(page.locator(body)).toContainText('The ships came in.');
    const listed = await page.evaluate(async () =>
      (await (window as unknown as { gloss: GlossApi }).gloss.library.list()).map((a) => a.sourceName),
    );
    expect(listed.sort()).toEqual(['azerbaijan-china-ties.txt', 'harbour.md']);

    // A link back to the sample, at its last paragraph.
    const { id, offset } = await page.evaluate(async () => {
      const sample = (await (window as unknown as { gloss: GlossApi }).gloss.library.list()).find(
        (a) => a.sourceName !== 'harbour.md',
      )!;
      const article = await (window as unknown as { gloss: GlossApi }).gloss.article.get({
        articleId: sample.id,
      });
      return { id: sample.id, offset: article.text.lastIndexOf('\n\n') + 2 };
    });
    expect(await secondLaunch(profile, [`gloss://open?article=${id}&offset=${offset}`])).toBe(0);
    await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the right-click menu on selected text offers copy, highlight, note and look up, and Highlight highlights', async () => {
  const { app, page } = await launch(tempProfile());
  await expect(page.locator(body)).toContainText('traditional ties of friendship');
  // The native menu cannot be clicked by a test: record the template it is built from instead.
  await app.evaluate(({ Menu }) => {
    const built: Electron.MenuItemConstructorOptions[][] = [];
    (globalThis as unknown as { __menus: typeof built }).__menus = built;
    Menu.buildFromTemplate = ((template: Electron.MenuItemConstructorOptions[]) => {
      built.push(template);
      return { popup: () => {} } as unknown as Electron.Menu;
    }) as typeof Menu.buildFromTemplate;
  });
  await page.evaluate(() => {
    const range = document.createRange();
    const text = [...document.querySelectorAll('[data-testid="article-body"] p')]
      .flatMap((p) => [...p.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue?.includes('traditional ties'))!;
    const at = text.nodeValue!.indexOf('traditional ties');
    range.setStart(text, at);
    range.setEnd(text, at + 'traditional ties'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  const box = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  await expect
    .poll(() =>
      app.evaluate(() =>
        (globalThis as unknown as { __menus: Electron.MenuItemConstructorOptions[][] }).__menus.map((t) =>
          t.map((i) => i.role ?? i.label ?? '—'),
        ),
      ),
    )
    .toEqual([['copy', '—', 'Highlight', 'Highlight and Add a Note', '—', 'Look Up “traditional ties”']]);
  await app.evaluate(() => {
    const [template] = (globalThis as unknown as { __menus: Electron.MenuItemConstructorOptions[][] })
      .__menus;
    (template!.find((i) => i.label === 'Highlight')!.click as unknown as () => void)();
  });
  await expect(page.getByTestId('highlight-item')).toContainText('traditional ties');
});

test('permissions are refused, and the app protocol sends the CSP header', async () => {
  const { page } = await launch(tempProfile());
  const seen = await page.evaluate(async () => ({
    notifications: await Notification.requestPermission(),
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    csp: (await fetch('gloss://app/index.html')).headers.get('content-security-policy'),
  }));
  expect(seen.notifications).toBe('denied');
  expect(seen.geolocation).toBe('denied');
  expect(seen.csp).toContain("script-src 'self'");
});

test('the window opens where it was closed, at the same size', async () => {
  const profile = tempProfile();
  const first = await launch(profile);
  const bounds = { x: 60, y: 70, width: 1000, height: 700 };
  await first.app.evaluate(({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0]!.setBounds(b), bounds);
  await quit(first.app);
  const second = await launch(profile);
  const now = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
  expect({ width: now.width, height: now.height }).toEqual({ width: 1000, height: 700 });
});

test('a link goes to the system browser only through the checked path: web and mail yes, files no', async () => {
  const { app, page } = await launch(tempProfile());
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { __opened: string[] }).__opened = opened;
    shell.openExternal = async (url: string) => void opened.push(url);
  });
  const answers = await page.evaluate(async () => {
    const tryOpen = (url: string) =>
      (window as unknown as { gloss: GlossApi }).gloss.app.openExternal({ url }).then(
        () => 'opened',
        (err: Error) => err.message,
      );
    return [
      await tryOpen('https://example.org/a'),
      await tryOpen('mailto:desk@example.org'),
      await tryOpen('file:///etc/passwd'),
    ];
  });
  expect(answers.slice(0, 2)).toEqual(['opened', 'opened']);
  expect(answers[2]).toMatch(/not a web address/);
  expect(await app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened)).toEqual([
    'https://example.org/a',
    'mailto:desk@example.org',
  ]);
});
