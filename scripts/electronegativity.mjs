// `node scripts/electronegativity.mjs [DIR]` (part of `npm test`): Electronegativity, Doyensec's
// Electron security lint, over the build output, i.e. what ships: the bundled main process,
// preload, workers and renderer. It keeps its own dependencies in tools/electronegativity/ (it pins
// eslint 7 and typescript 4.2, which must not meet the app's), installed there from its lockfile on
// first use. Exits 1 on any finding that tools/electronegativity/accepted.json does not list with a
// reason. Offline it says it could not fetch translations and Electron's releases, and runs on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmCli } from './npm-cli.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOL_DIR = path.join(ROOT, 'tools/electronegativity');
const TOOL = path.join(TOOL_DIR, 'node_modules/@doyensec/electronegativity/dist/index.js');

/**
 * Findings as `{ check, file, line, code }` from the tool's SARIF output; `code` is the source line
 * it points at, trimmed, so an accepted finding stays accepted when the bundle's line numbers move
 * but a new window or call elsewhere in the same file is a new finding.
 */
export function findingsOf(sarif, input) {
  return sarif.runs.flatMap((run) =>
    run.results.map((r) => {
      const where = r.locations?.[0]?.physicalLocation;
      const uri = where?.artifactLocation?.uri ?? '';
      // a check of the whole app (a missing CSP, no navigation limits) points at no file
      const source = path.join(input, uri);
      const file = uri && !uri.includes(':') && existsSync(source) ? uri : 'N/A';
      const line = file === 'N/A' ? 0 : (where?.region?.startLine ?? 0);
      // a trailing comma comes and goes with what the bundler puts after it
      const code =
        line > 0
          ? (readFileSync(source, 'utf8').split('\n')[line - 1] ?? '').trim().replace(/[,;]+$/, '')
          : '';
      return { check: r.ruleId, file: file.split(path.sep).join('/'), line, code };
    }),
  );
}

/** Findings no accepted entry covers, and accepted entries no finding needs any more. */
export function review(findings, accepted) {
  const covers = (a, f) => a.check === f.check && a.file === f.file && a.code === f.code;
  return {
    fresh: findings.filter((f) => !accepted.some((a) => covers(a, f))),
    stale: accepted.filter((a) => !findings.some((f) => covers(a, f))),
  };
}

/** The Electron major the app is built for, from its own package.json ("^45.5.0" → "45.5.0"). */
function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return pkg.devDependencies.electron.replace(/^[^\d]*/, '');
}

/** Runs the tool over `input` and returns its findings; throws when it cannot run. */
export function scan(input) {
  if (!existsSync(TOOL)) {
    const r = spawnSync(process.execPath, [npmCli(), 'ci', '--no-audit', '--no-fund'], {
      cwd: TOOL_DIR,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('could not install tools/electronegativity');
  }
  const out = mkdtempSync(path.join(os.tmpdir(), 'gloss-electronegativity-'));
  try {
    const sarif = path.join(out, 'findings.sarif');
    const r = spawnSync(process.execPath, [TOOL, '-i', input, '-r', '-e', electronVersion(), '-o', sarif], {
      encoding: 'utf8',
    });
    if (r.status !== 0 || !existsSync(sarif))
      throw new Error(`electronegativity exited with ${r.status}: ${r.stderr || r.stdout}`);
    return findingsOf(JSON.parse(readFileSync(sarif, 'utf8')), input);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function main() {
  const input = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
  if (!existsSync(input)) {
    console.error(`${input} does not exist: run npm run build first`);
    return 1;
  }
  const { accepted } = JSON.parse(readFileSync(path.join(TOOL_DIR, 'accepted.json'), 'utf8'));
  const findings = scan(input);
  const { fresh, stale } = review(findings, accepted);
  for (const f of fresh) console.log(`  NEW ${f.check} in ${f.file}:${f.line}: ${f.code}`);
  for (const a of stale) console.log(`  (accepted ${a.check} in ${a.file} is no longer found: drop it)`);
  console.log(
    `electronegativity: ${findings.length} findings, ${findings.length - fresh.length} accepted with a reason, ${fresh.length} new`,
  );
  return fresh.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main();
