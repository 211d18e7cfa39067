/**
 * The packaging manifest: electron-builder (the real one, with electron-builder.yml) packs the
 * built app around a stand-in Electron binary (a script carrying a fuse wire), and every path the
 * main process resolves at run time must be in the result, in the asar, unpacked beside it or in
 * the resources, as runtimePaths says. Runs wherever the app is built: no Electron binary needed.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { OPENABLE_EXTENSIONS } from '../../electron/main/open-requests';
import { APP_ID, runtimePaths } from '../../electron/main/runtime-paths';
import { ROOT } from './electron-binary';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order of @electron/fuses' FuseV1Options, and Electron's defaults. */
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const DEFAULT_WIRE = '10110001';

let work = '';
let resources = '';
let asar: AsarDir = { files: {} };

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  unpacked?: boolean;
  size?: number;
}
type AsarDir = Required<Pick<AsarEntry, 'files'>>;

/** The asar's file tree, from its header (a pickled JSON string after two size fields). */
function readAsarHeader(file: string): AsarDir {
  const bytes = readFileSync(file);
  const length = bytes.readUInt32LE(12);
  return JSON.parse(bytes.subarray(16, 16 + length).toString('utf8')) as AsarDir;
}

function asarEntry(relative: string): AsarEntry | null {
  let at: AsarEntry = asar;
  for (const part of relative.split(/[\\/]/).filter(Boolean)) {
    const next = at.files?.[part];
    if (!next) return null;
    at = next;
  }
  return at;
}

/** Where a runtime path is in the package: inside the asar, unpacked beside it, or a plain file. */
function locate(p: string): 'asar' | 'unpacked' | 'resources' | 'missing' {
  const rel = path.relative(resources, p);
  const [head, ...rest] = rel.split(path.sep);
  if (head === 'app.asar') return asarEntry(rest.join('/')) ? 'asar' : 'missing';
  if (head === 'app.asar.unpacked') {
    const listed = asarEntry(rest.join('/'));
    return existsSync(p) && listed?.unpacked === true ? 'unpacked' : 'missing';
  }
  return existsSync(p) ? 'resources' : 'missing';
}

test.beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'gloss-package-'));
  const electronDist = path.join(work, 'electron');
  const electron = path.join(electronDist, 'electron');
  mkdirSync(electronDist);
  // Enough of an Electron for electron-builder: an executable with a fuse wire it can flip.
  writeFileSync(
    electron,
    Buffer.concat([
      Buffer.from(`#!/bin/sh\nexit 0\n# ${SENTINEL}`),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(electron, 0o755);
  const builderCli = path.join(
    path.dirname(createRequire(import.meta.url).resolve('electron-builder/package.json')),
    'cli.js',
  );
  const out = path.join(work, 'out');
  const run = spawnSync(
    process.execPath,
    [
      builderCli,
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${out}`,
      '--publish',
      'never',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
  resources = path.join(out, 'linux-unpacked', 'resources');
  asar = readAsarHeader(path.join(resources, 'app.asar'));
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('every path the main process reads at run time is in the build output and in the package', () => {
  const built = runtimePaths({
    here: path.join(ROOT, 'dist', 'electron'),
    resources: path.join(ROOT, 'assets'),
  });
  for (const [name, p] of Object.entries(built))
    expect(existsSync(p), `${name}: ${p} after npm run build`).toBe(true);

  const packaged = runtimePaths({ here: path.join(resources, 'app.asar', 'dist', 'electron'), resources });
  const where = Object.fromEntries(Object.entries(packaged).map(([name, p]) => [name, locate(p)]));
  expect(where).toEqual({
    preload: 'asar',
    analysisWorker: 'unpacked',
    importWorker: 'asar',
    models: 'resources',
    sample: 'resources',
    icon: 'resources',
    renderer: 'asar',
  });
  expect(asarEntry('dist/renderer/index.html')).not.toBeNull();
  expect(existsSync(path.join(packaged.models, 'ner-model.bin'))).toBe(true);
  // No source maps shipped.
  expect(Object.keys(asarEntry('dist/electron')!.files!).filter((f) => f.endsWith('.map'))).toEqual([]);
});

test('the package holds the production dependencies and none of the development ones', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  for (const dep of Object.keys(pkg.dependencies))
    expect(asarEntry(`node_modules/${dep}`), dep).not.toBeNull();
  for (const dep of ['electron', 'electron-builder', 'vite', 'typescript', '@playwright/test', 'vitest'])
    expect(asarEntry(`node_modules/${dep}`), dep).toBeNull();
});

test('the binary’s fuses are flipped as electron-builder.yml asks, the two added ones included', () => {
  const binary = readFileSync(path.join(resources, '..', 'gloss'));
  const at = binary.indexOf(SENTINEL) + SENTINEL.length;
  const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString();
  expect(Object.fromEntries(FUSES.map((f, i) => [f, wire[i] === '1']))).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('the installers associate exactly the kinds of file the app opens, and the gloss: scheme', () => {
  const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
    appId: string;
    fileAssociations: { ext: string | string[] }[];
    protocols: { schemes: string[] }[];
    mac: { target: { target: string; arch: string[] }[] };
    toolsets: { appimage: string };
  };
  const associated = config.fileAssociations.flatMap((a) => a.ext);
  expect(associated.sort()).toEqual([...OPENABLE_EXTENSIONS].sort());
  expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['gloss']);
  expect(config.appId).toBe(APP_ID);
  expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
  // The static runtime (no libfuse2), not the legacy 0.0.0 toolset.
  expect(config.toolsets.appimage).not.toBe('0.0.0');
});
