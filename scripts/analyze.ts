/**
 * `npm run --silent analyze -- --format jsonl FILE...`: the app's analysis in plain Node, one JSON
 * line per file. Scripts (the scorers in ../shared/tools) depend on this shape: keep it stable.
 */
import { readFileSync } from 'node:fs';
import type { Quote } from '../common/model/analysis';
import { createAnalyzer } from '../electron/services/analysis/model-file';
import { formatAndFiles } from './cli-args';

/** A quotation or reported speech in the CLI's stable shape. */
const speech = (q: Quote) => ({
  start: q.start,
  end: q.end,
  parts: q.parts,
  text: q.text,
  speaker: q.speaker,
  speakerEntityId: q.speakerEntityId,
  speakerName: q.speakerName,
  cue: q.cue,
  speakerConfidence: q.speakerConfidence,
  speakerSure: q.speakerSure,
});

function main(argv: string[]): number {
  const { format, files } = formatAndFiles(argv);
  if (format !== 'jsonl' && format !== 'json') {
    process.stderr.write(`unknown format "${format}": use jsonl or json\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write('usage: analyze [--format jsonl|json] FILE...\n');
    return 2;
  }
  const analyze = createAnalyzer();
  let failures = 0;
  const out: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`);
      failures++;
      continue;
    }
    const a = analyze(text);
    const record = {
      file,
      entities: a.mentions.map(({ start, end, type, text: t, entityId }) => ({
        start,
        end,
        type,
        text: t,
        entityId,
      })),
      quotes: a.quotes.map(speech),
      // indirect speech ("X noted that …"): not scored as quotations, listed apart
      reported: a.reported.map(speech),
    };
    out.push(format === 'json' ? JSON.stringify(record, null, 2) : JSON.stringify(record));
    if (out.length >= 64) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return failures ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
