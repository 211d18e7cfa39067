import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * npm's own JS entry: the one npm runs us with, else the one installed beside this node. Run as
 * `node npm-cli.js`, never through npm's .cmd shim, so the same spawn works on Windows.
 */
export function npmCli() {
  if (process.env.npm_execpath?.endsWith('.js')) return process.env.npm_execpath;
  const dir = path.dirname(process.execPath);
  const found = [
    path.join(dir, 'node_modules/npm/bin/npm-cli.js'),
    path.join(dir, '../lib/node_modules/npm/bin/npm-cli.js'),
  ].find((f) => existsSync(f));
  if (!found) throw new Error('npm-cli.js not found beside this Node');
  return found;
}
