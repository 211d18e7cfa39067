import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  preload: string;
  icon: string;
  /** Where the window was last (already checked to be on a screen), or null for the default. */
  bounds: Rectangle | null;
  platform: NodeJS.Platform;
  /** Developer tools only where the app is run from source, never in a release build. */
  devTools: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;

/**
 * The window's options as data, so a test in Node can check its security settings. Spellcheck is
 * on only on macOS, whose spellchecker is the system's: on Windows and Linux Chromium would
 * download Hunspell dictionaries from Google's servers, and nothing may leave the machine.
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(input.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Gloss',
    backgroundColor: '#faf8f3',
    // Shown on ready-to-show, so the window never flashes empty.
    show: false,
    icon: input.icon,
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: input.devTools,
      spellcheck: input.platform === 'darwin',
    },
  };
}
