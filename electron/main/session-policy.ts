/** The part of Electron's Session the policy sets (a thin fake in tests). */
export interface PolicySession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  setSpellCheckerEnabled(enable: boolean): void;
  on(event: 'will-download', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * What the app's session allows: nothing beyond what a page may do unasked. Electron grants every
 * permission request (camera, notifications, geolocation, …) and check by default; Gloss needs
 * none, so all are refused, as are devices and downloads. The spellchecker runs only where the
 * system provides it (macOS): elsewhere Chromium would fetch its dictionaries from Google.
 */
export function applySessionPolicy(session: PolicySession, platform: NodeJS.Platform): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(platform === 'darwin');
  session.on('will-download', (event) => event.preventDefault());
}
