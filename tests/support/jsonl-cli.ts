import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './profile';

const run = promisify(execFile);

/** Runs one of the repository's scripts in its own Node process, as `npm run --silent` does. */
export async function runScript(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (err: { code: number; stdout: string; stderr: string }) => err,
  );
}

/** A `--format jsonl FILE...` script's exit status and the JSON lines it printed. */
export async function runJsonlCli<Row = Record<string, unknown>>(
  script: string,
  files: string[],
): Promise<{ code: number; lines: Row[] }> {
  const out = await runScript(script, ['--format', 'jsonl', ...files]);
  const lines = out.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
  return { code: out.code, lines };
}
