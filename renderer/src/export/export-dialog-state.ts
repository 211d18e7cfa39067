/**
 * The Export dialog's state and commands: what to export, how, where, and how far it got. Plain
 * TypeScript over the API, so the dialog only draws it. The format, folder and quotations choice
 * are remembered (localStorage, in the app's profile), because exporting again into the same
 * folder is how an export is kept up to date.
 */
import type { GlossApi } from '../../../common/ipc/bridge';
import type { ExportFormat } from '../../../common/export/item';
import type { ExportScope, ExportSummary } from '../../../common/export/request';
import { createStore } from '../state/store';

/** Which articles: the dialog's choices, "selected" the library's chosen rows, "found" a search's. */
export type ScopeKind = ExportScope['kind'] | 'selected' | 'found';

export interface ExportChoices {
  format: ExportFormat;
  scope: ScopeKind;
  includeQuotations: boolean;
  folder: string | null;
}

export interface ExportDialogState extends ExportChoices {
  running: boolean;
  progress: { done: number; total: number } | null;
  summary: ExportSummary | null;
  error: string | null;
}

export const FORMATS: Record<ExportFormat, { label: string; hint: string }> = {
  obsidian: {
    label: 'Markdown for Obsidian',
    hint: 'One file per article, with ^block ids and front matter.',
  },
  logseq: { label: 'Markdown for Logseq', hint: 'One page per article, as blocks with id:: properties.' },
  w3c: {
    label: 'Web Annotations (W3C JSON-LD)',
    hint: 'One file of annotations other annotation tools read.',
  },
  csv: { label: 'Quotations (CSV)', hint: 'Who said what, one row per quotation, for a spreadsheet.' },
};

const REMEMBERED = 'gloss.export';

function remembered(): Partial<ExportChoices> {
  try {
    const raw = JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') as Partial<ExportChoices>;
    return {
      ...(raw.format && raw.format in FORMATS ? { format: raw.format } : {}),
      ...(typeof raw.folder === 'string' ? { folder: raw.folder } : {}),
      ...(typeof raw.includeQuotations === 'boolean' ? { includeQuotations: raw.includeQuotations } : {}),
    };
  } catch {
    return {};
  }
}

export const isMarkdown = (f: ExportFormat) => f === 'obsidian' || f === 'logseq';

/** What the summary says, in one sentence and a list of what was skipped. */
const n = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

export function summaryText(s: ExportSummary): string {
  const parts = [`${n(s.written, 'file')} written`, `${n(s.unchanged, 'file')} unchanged`];
  if (s.removed) parts.push(`${n(s.removed, 'file')} removed (their articles left the library)`);
  const backed = s.backedUp
    ? ` ${n(s.backedUp, 'file')} you had edited ${s.backedUp === 1 ? 'was' : 'were'} copied to .gloss-backup first.`
    : '';
  return `Exported ${n(s.articles, 'article')}: ${parts.join(', ')}.${backed}`;
}

/** A set of articles the dialog offers: what it is called, and what it asks for (null: nothing to export). */
export interface ScopeChoice {
  kind: ScopeKind;
  label: string;
  target: ExportScope | null;
}

const count = (c: number) => n(c, 'article');
const some = (ids: readonly string[]): ExportScope | null =>
  ids.length ? { kind: 'articles', articleIds: [...ids] } : null;

/** What a search finds: its articles, why it could not say, or null while the main process has not answered. */
export type Found = readonly string[] | { error: string } | null;

/**
 * The sets on offer as things stand: the open article, the rows the library's filters show, the
 * rows chosen (when any), the articles a search finds (while there is one), the whole library.
 */
export function scopeChoices(o: {
  article: { id: string; title: string } | null;
  shown: readonly string[];
  selected: readonly string[];
  query: string;
  found: Found;
  all: number;
}): ScopeChoice[] {
  const words = o.query.trim();
  const found = o.found;
  return [
    {
      kind: 'article',
      label: o.article ? `This article: ${o.article.title}` : 'This article (none is open)',
      target: o.article && { kind: 'article', articleId: o.article.id },
    },
    { kind: 'articles', label: `The ${count(o.shown.length)} the library shows now`, target: some(o.shown) },
    ...(o.selected.length
      ? [
          {
            kind: 'selected' as const,
            label: `The ${count(o.selected.length)} you selected`,
            target: some(o.selected),
          },
        ]
      : []),
    ...(words
      ? [
          {
            kind: 'found' as const,
            label:
              found === null
                ? `The articles your search “${words}” finds…`
                : 'error' in found
                  ? `The articles your search “${words}” finds: the search failed (${found.error})`
                  : `The ${count(found.length)} your search “${words}” finds`,
            target: found && !('error' in found) ? some(found) : null,
          },
        ]
      : []),
    { kind: 'library', label: `The whole library (${count(o.all)})`, target: { kind: 'library' } },
  ];
}

export function createExportDialog(api: GlossApi, scope: ScopeKind) {
  const store = createStore<ExportDialogState>({
    format: 'obsidian',
    includeQuotations: false,
    folder: null,
    ...remembered(),
    scope,
    running: false,
    progress: null,
    summary: null,
    error: null,
  });
  const remember = () => {
    const { format, folder, includeQuotations } = store.getState();
    try {
      localStorage.setItem(REMEMBERED, JSON.stringify({ format, folder, includeQuotations }));
    } catch {
      // private mode or full storage: the choice is simply not remembered
    }
  };
  return {
    ...store,
    choose(patch: Partial<ExportChoices>) {
      store.setState({ ...patch, summary: null, error: null });
      remember();
    },
    async chooseFolder(): Promise<void> {
      try {
        const folder = await api.export.chooseFolder();
        if (folder) this.choose({ folder });
      } catch (err) {
        store.setState({ error: (err as Error).message });
      }
    },
    /** Runs the export for the scope's articles; progress events fill the bar as it goes. */
    async run(target: ExportScope): Promise<void> {
      const { folder, format, includeQuotations, running } = store.getState();
      if (running || !folder) return;
      store.setState({ running: true, progress: { done: 0, total: 0 }, summary: null, error: null });
      const stop = api.on('export.progress', (progress) => store.setState({ progress }));
      try {
        const summary = await api.export.run({ format, scope: target, includeQuotations, folder });
        store.setState({ summary });
      } catch (err) {
        store.setState({ error: (err as Error).message });
      } finally {
        stop();
        store.setState({ running: false });
      }
    },
  };
}

export type ExportDialogModule = ReturnType<typeof createExportDialog>;
