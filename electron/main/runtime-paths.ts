import path from 'node:path';

/** electron-builder.yml's appId: Windows groups the taskbar button with the shortcut by it. */
export const APP_ID = 'app.gloss.reader';

export interface RuntimeLayout {
  /** The folder of the running main.js (dist/electron, inside app.asar when packaged). */
  here: string;
  /** process.resourcesPath when packaged, else the project's assets folder. */
  resources: string;
}

/**
 * Every file or folder the main process reads at run time, from where main.js runs. One function
 * for the app and for the packaging test, which checks each exists in the build output and is
 * covered by electron-builder's files, asarUnpack or extraResources.
 */
export function runtimePaths({ here, resources }: RuntimeLayout) {
  return {
    preload: path.join(here, 'preload.cjs'),
    // One self-contained file, unpacked beside the asar by electron-builder (asarUnpack): worker
    // threads are given a real path.
    analysisWorker: path.join(here, 'analysis-worker.mjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
    // Inside the asar with its node_modules (jsdom, Readability); the importer falls back to the
    // main thread if it cannot start.
    importWorker: path.join(here, 'import-worker.js'),
    models: path.join(resources, 'models'),
    sample: path.join(resources, 'sample', 'azerbaijan-china-ties.txt'),
    icon: path.join(resources, 'icon.png'),
    renderer: path.resolve(here, '../renderer'),
  };
}

export type RuntimePaths = ReturnType<typeof runtimePaths>;
