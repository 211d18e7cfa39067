import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withSecurityHeaders } from '../../electron/main/csp';
import { applySessionPolicy, type PolicySession } from '../../electron/main/session-policy';
import { windowOptions } from '../../electron/main/window-options';

const root = path.resolve(import.meta.dirname, '../..');

/** Records what the policy installs, and lets the test call it as Electron would. */
function fakeSession() {
  const got = {
    request: null as Parameters<PolicySession['setPermissionRequestHandler']>[0] | null,
    check: null as Parameters<PolicySession['setPermissionCheckHandler']>[0] | null,
    device: null as Parameters<PolicySession['setDevicePermissionHandler']>[0] | null,
    spellchecker: null as boolean | null,
    download: null as ((event: { preventDefault(): void }) => void) | null,
  };
  const session: PolicySession = {
    setPermissionRequestHandler: (h) => void (got.request = h),
    setPermissionCheckHandler: (h) => void (got.check = h),
    setDevicePermissionHandler: (h) => void (got.device = h),
    setSpellCheckerEnabled: (on) => void (got.spellchecker = on),
    on: (_event, listener) => void (got.download = listener),
  };
  return { session, got };
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal'];

describe('the session policy', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const)
    it(`refuses every permission request and check, devices and downloads (${platform})`, () => {
      const { session, got } = fakeSession();
      applySessionPolicy(session, platform);
      for (const permission of PERMISSIONS) {
        const answers: boolean[] = [];
        got.request!({}, permission, (granted) => answers.push(granted));
        expect(answers, permission).toEqual([false]);
        expect(got.check!({}, permission), permission).toBe(false);
      }
      expect(got.device!({ deviceType: 'usb' })).toBe(false);
      let prevented = 0;
      got.download!({ preventDefault: () => void prevented++ });
      expect(prevented).toBe(1);
      // Only macOS has a spellchecker that downloads nothing.
      expect(got.spellchecker).toBe(platform === 'darwin');
    });
});

describe('the window', () => {
  const base = { preload: '/app/preload.cjs', icon: '/app/icon.png', bounds: null };
  for (const platform of ['linux', 'win32', 'darwin'] as const)
    it(`is sandboxed and isolated, without Node, webviews or downloaded dictionaries (${platform})`, () => {
      const prefs = windowOptions({ ...base, platform, devTools: false }).webPreferences!;
      expect(prefs).toMatchObject({
        preload: '/app/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        devTools: false,
        spellcheck: platform === 'darwin',
      });
    });

  it('opens at the remembered bounds, or the default size and shown only when ready', () => {
    const bounds = { x: 40, y: 50, width: 1000, height: 700 };
    expect(windowOptions({ ...base, bounds, platform: 'linux', devTools: true })).toMatchObject({
      ...bounds,
      show: false,
    });
    expect(windowOptions({ ...base, platform: 'linux', devTools: true })).toMatchObject({
      width: 1280,
      height: 860,
    });
  });
});

describe('the Content-Security-Policy header', () => {
  it('is the policy of the renderer’s meta tag', () => {
    const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is added to a response, which keeps its status, body and other headers', async () => {
    const served = withSecurityHeaders(
      new Response('<p>hi</p>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    expect(served.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-type')).toBe('text/html');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('<p>hi</p>');
    expect(withSecurityHeaders(new Response('gone', { status: 404 })).status).toBe(404);
  });

  it('refuses eval and inline scripts, and loads nothing from outside the app', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const sources of directives.values()) expect(sources.join(' ')).not.toMatch(/https?:|\*/);
  });
});
