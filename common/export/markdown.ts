/**
 * One Markdown file per article, for Obsidian or Logseq. The file has two parts: Gloss's, which an
 * export rewrites whole, and the user's, below a marker line, which an export carries over as it
 * found it. So notes written in the vault beside the highlights survive every re-export, and what
 * Gloss writes always matches the library (edits and deletions included) instead of being appended
 * to, the Readwise plugin's complaint.
 *
 * Logseq gets its own flavor because its outliner reads a file differently: every line is a block
 * (a bullet), page properties are `key:: value` lines rather than YAML, a block reference needs an
 * `id::` property holding a UUID (a `^gloss-…` id is an Obsidian block id, which Logseq ignores),
 * and a multi-line quote would split into several blocks.
 */
import { bySpeaker, quotedText, toCheck, type Said } from '../analysis/speakers';
import { cueText, day, glossLink, type ExportHighlight, type ExportItem } from './item';
import { escapeText, logseqTag, obsidianTag, yamlString } from './markdown-text';
import { blockId, stableUuid } from './stable-id';

export type MarkdownFlavor = 'obsidian' | 'logseq';

export interface MarkdownOptions {
  /** When this file's content last changed (kept from the previous export when nothing did). */
  exported: string;
  includeQuotations: boolean;
}

/** The line that ends Gloss's part of a file; what follows it is the user's. */
export const MARKER: Record<MarkdownFlavor, string> = {
  obsidian: '%% Your notes below this line: Gloss keeps them when it exports again. %%',
  logseq: '- Your notes below this block: Gloss keeps them when it exports again.',
};

const HEADER: Record<MarkdownFlavor, string> = {
  obsidian:
    '%% Written by Gloss. Exporting again rewrites this file down to the "Your notes" line at its end (a copy of any change you made above it is kept in .gloss-backup). %%',
  logseq:
    '- Written by Gloss. Exporting again rewrites this page down to the "Your notes" block at its end (a copy of any change you made above it is kept in .gloss-backup).',
};

const openIn = (articleId: string, offset: number) => `[Open in Gloss](${glossLink(articleId, offset)})`;

/** Gloss's part of the file, marker included, ending in a newline; the user's part goes after it. */
export function renderMarkdown(item: ExportItem, flavor: MarkdownFlavor, opts: MarkdownOptions): string {
  const lines = flavor === 'obsidian' ? obsidian(item, opts) : logseq(item, opts);
  return `${[...lines, MARKER[flavor]].join('\n')}\n`;
}

/** The user's part of a file Gloss wrote (after the marker), or null when the marker is gone. */
export function splitAtMarker(file: string, flavor: MarkdownFlavor): { gloss: string; mine: string } | null {
  const marker = `\n${MARKER[flavor]}\n`;
  const at = file.indexOf(marker);
  if (at < 0) return file.endsWith(`\n${MARKER[flavor]}`) ? { gloss: `${file}\n`, mine: '' } : null;
  return { gloss: file.slice(0, at + marker.length), mine: file.slice(at + marker.length) };
}

function speakerGroups(quotations: readonly Said[]): { name: string; items: Said[] }[] {
  const { speakers, unattributed } = bySpeaker(quotations);
  const groups = speakers.map((s) => ({ name: s.name, items: s.items }));
  return unattributed.length ? [...groups, { name: 'Unattributed', items: unattributed }] : groups;
}

function quotationLine(item: ExportItem, q: Said): string {
  const cue = cueText(item.text, q);
  const check = toCheck(q) ? '**check** ' : '';
  // the quotation keeps its own quotation marks
  return `${check}${escapeText(quotedText(q)).replace(/\n+/g, ' ')}${cue ? ` (${escapeText(cue)})` : ''} · ${openIn(item.meta.id, q.start)}`;
}

function obsidian(item: ExportItem, opts: MarkdownOptions): string[] {
  const { meta } = item;
  const tags = [...new Set(item.tags.map(obsidianTag))];
  const out = [
    '---',
    `title: ${yamlString(meta.title)}`,
    ...(meta.byline ? [`author: ${yamlString(meta.byline)}`] : []),
    ...(meta.siteName ? [`site: ${yamlString(meta.siteName)}`] : []),
    `source: ${yamlString(meta.sourceName)}`,
    ...(item.url ? [`url: ${yamlString(item.url)}`] : []),
    ...(item.published ? [`published: ${day(item.published)}`] : []),
    `added: ${day(meta.importedAt)}`,
    `updated: ${day(meta.updatedAt)}`,
    `exported: ${day(opts.exported)}`,
    tags.length ? `tags:\n${tags.map((t) => `  - ${yamlString(t)}`).join('\n')}` : 'tags: []',
    `gloss: ${yamlString(glossLink(meta.id, 0))}`,
    `gloss-id: ${yamlString(meta.id)}`,
    '---',
    HEADER.obsidian,
    '',
    `# ${escapeText(meta.title.replace(/\s+/g, ' '))}`,
    '',
    openIn(meta.id, 0),
    '',
  ];
  if (item.articleNote.trim()) out.push('## Article note', '', item.articleNote.trim(), '');
  out.push('## Highlights', '');
  if (item.highlights.length === 0) out.push('No highlights yet.', '');
  for (const h of item.highlights) out.push(...obsidianHighlight(item, h));
  if (opts.includeQuotations && item.quotations) {
    out.push('## Quotations', '');
    if (item.quotations.length === 0) out.push('No quotations found.', '');
    for (const g of speakerGroups(item.quotations)) {
      out.push(`### ${escapeText(g.name)}`, '');
      for (const q of g.items) out.push(`- ${quotationLine(item, q)}`);
      out.push('');
    }
  }
  return out;
}

function obsidianHighlight(item: ExportItem, h: ExportHighlight): string[] {
  const quote = escapeText(h.target.quote.exact)
    .split('\n')
    .map((l) => (l.trim() ? `> ${l}` : '>'));
  const tags = (h.tags ?? []).map((t) => `#${obsidianTag(t)}`);
  const about = [`*${h.color}*`, ...(tags.length ? [tags.join(' ')] : []), openIn(item.meta.id, h.start)];
  const out = [...quote, '>', `> ${about.join(' · ')}`, '', `^${blockId(h.id)}`, ''];
  if (h.note.trim()) out.push(h.note.trim(), '');
  return out;
}

/** Lines of a Logseq block at a depth: the bullet on the first, the rest lined up under it. */
function block(depth: number, text: string, properties: [string, string][] = []): string[] {
  const indent = '\t'.repeat(depth);
  const [first = '', ...rest] = text.split('\n');
  return [
    `${indent}- ${first}`,
    ...properties.map(([k, v]) => `${indent}  ${k}:: ${v}`),
    ...rest.map((l) => `${indent}  ${l}`),
  ];
}

function logseq(item: ExportItem, opts: MarkdownOptions): string[] {
  const { meta } = item;
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  // The page's name is its file's: a title:: property would merge two articles of the same title.
  const out = [
    `article:: ${flat(meta.title)}`,
    ...(meta.byline ? [`author:: ${flat(meta.byline)}`] : []),
    ...(meta.siteName ? [`site:: ${flat(meta.siteName)}`] : []),
    `source:: ${flat(meta.sourceName)}`,
    ...(item.url ? [`url:: ${flat(item.url)}`] : []),
    ...(item.published ? [`published:: ${day(item.published)}`] : []),
    `added:: ${day(meta.importedAt)}`,
    `updated:: ${day(meta.updatedAt)}`,
    `exported:: ${day(opts.exported)}`,
    ...(item.tags.length ? [`tags:: ${item.tags.map(flat).join(', ')}`] : []),
    `gloss:: ${openIn(meta.id, 0)}`,
    `gloss-id:: ${meta.id}`,
    '',
    HEADER.logseq,
  ];
  if (item.articleNote.trim()) out.push(...block(0, '## Article note'), ...block(1, item.articleNote.trim()));
  out.push(...block(0, '## Highlights'));
  for (const h of item.highlights) {
    const tags = (h.tags ?? []).map(logseqTag).join(' ');
    out.push(
      ...block(1, `> ${flat(escapeText(h.target.quote.exact))}`, [
        ['id', stableUuid(h.id)],
        ['color', h.color],
        ['gloss', openIn(meta.id, h.start)],
      ]),
    );
    if (tags) out.push(...block(2, tags));
    if (h.note.trim()) out.push(...block(2, h.note.trim()));
  }
  if (opts.includeQuotations && item.quotations) {
    out.push(...block(0, '## Quotations'));
    for (const g of speakerGroups(item.quotations)) {
      out.push(...block(1, `### ${flat(escapeText(g.name))}`));
      for (const q of g.items) out.push(...block(2, quotationLine(item, q)));
    }
  }
  return out;
}
