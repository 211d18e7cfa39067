// Starts the unpacked packaged app (release/*-unpacked, from `electron-builder --dir`) in its smoke
// mode on a throwaway profile: it opens its window, analyses the sample and exits 0. Run on CI
// after packaging (under xvfb-run on Linux). Prints the app's report and exits with its verdict.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const release = path.resolve(import.meta.dirname, '../../release');
const candidates = {
  linux: ['linux-unpacked/gloss', 'linux-arm64-unpacked/gloss'],
  win32: ['win-unpacked/Gloss.exe', 'win-arm64-unpacked/Gloss.exe'],
  darwin: ['mac-arm64/Gloss.app/Contents/MacOS/Gloss', 'mac/Gloss.app/Contents/MacOS/Gloss'],
}[process.platform];
const app = candidates?.map((c) => path.join(release, c)).find((p) => existsSync(p));
if (!app) {
  console.error(
    `No unpacked app in ${release} (looked for ${candidates?.join(', ')}): run electron-builder --dir first.`,
  );
  process.exit(1);
}

const profile = mkdtempSync(path.join(os.tmpdir(), 'gloss-smoke-'));
const reportFile = path.join(profile, 'smoke-report.json');
const run = spawnSync(app, [], {
  env: {
    ...process.env,
    GLOSS_SMOKE: '1',
    GLOSS_USER_DATA: path.join(profile, 'data'),
    GLOSS_SMOKE_REPORT: reportFile,
  },
  encoding: 'utf8',
  timeout: 150_000,
});
const fromStdout = (run.stdout ?? '').split(/\r?\n/).find((l) => l.startsWith('GLOSS_SMOKE '));
const report = existsSync(reportFile)
  ? readFileSync(reportFile, 'utf8')
  : fromStdout?.slice('GLOSS_SMOKE '.length);
rmSync(profile, { recursive: true, force: true });

console.log(`${app} exited with ${run.status ?? run.signal ?? run.error?.message}`);
console.log(`report: ${report ?? '(none)'}`);
if (run.status !== 0 || !report || JSON.parse(report).ok !== true) {
  console.error(run.stderr);
  process.exit(1);
}
