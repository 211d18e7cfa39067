/**
 * `npm run --silent reanchor -- --format jsonl CASE.json...`: each case file holds
 * {"id", "v1", "v2", "highlights": [{"id", "start", "end"}]} (offsets on v1); prints one line per
 * case, {"case", "results": [{"id", "state", "start", "end"}]} (offsets on v2, for anchored and
 * moved). `--method exact|hypothesis` runs a baseline instead of the app's anchoring.
 */
import { readFileSync } from 'node:fs';
import { METHODS, caseSchema, runCase, type Method } from './reanchor/run';

function main(argv: string[]): number {
  const files: string[] = [];
  let format = 'jsonl';
  let method: Method = 'gloss';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') format = argv[++i] ?? '';
    else if (a === '--method') method = (argv[++i] ?? '') as Method;
    else files.push(a);
  }
  if (format !== 'jsonl') {
    process.stderr.write(`unknown format "${format}": only jsonl\n`);
    return 2;
  }
  if (!METHODS.includes(method)) {
    process.stderr.write(`unknown method "${method}": use ${METHODS.join(', ')}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write('usage: reanchor --format jsonl [--method gloss|exact|hypothesis] CASE.json...\n');
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`);
      failures++;
      continue;
    }
    const parsed = caseSchema.safeParse(input);
    const bad = parsed.success
      ? parsed.data.highlights.find(
          (h) => !(h.start >= 0 && h.end > h.start && h.end <= parsed.data.v1.length),
        )
      : undefined;
    if (!parsed.success || bad) {
      const why = parsed.success
        ? `highlight ${bad!.id}: ${bad!.start}-${bad!.end} is not a range of v1 (${parsed.data.v1.length} characters)`
        : parsed.error.issues.map((i) => `${i.path.join('.') || 'case'}: ${i.message}`).join('; ');
      process.stderr.write(`${file}: not a case: ${why}\n`);
      failures++;
      continue;
    }
    process.stdout.write(JSON.stringify(runCase(parsed.data, method)) + '\n');
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
