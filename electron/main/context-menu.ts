import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../common/ipc/contract';

/** The part of Electron's context-menu params the menu is made from. */
export interface ContextParams {
  isEditable: boolean;
  selectionText: string;
  /** The link right-clicked, if any (empty otherwise). */
  linkURL: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** What the article's own items ask the renderer to do with the selection or the mark clicked. */
export type ContextCommand = EventPayload<'menu.contextCommand'>['command'];

export interface ContextActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
  /** Through the one checked path: http, https and mailto open outside, anything else is refused. */
  openLink: (url: string) => void;
  copyText: (text: string) => void;
  /** Handed to the renderer, which knows the selection and what lies under the pointer. */
  command: (command: ContextCommand) => void;
}

const MAX_SUGGESTIONS = 5;
const MAX_LABEL = 30;

const quoted = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return `“${one.length > MAX_LABEL ? `${one.slice(0, MAX_LABEL - 1).trimEnd()}…` : one}”`;
};

/**
 * The right-click menu as data (empty: none is shown). In a text field: spelling suggestions (where
 * the spellchecker runs), then cut, copy, paste and select all. On a link: open it outside, or copy
 * its address. On selected article text: copy, the
 * two highlight commands and looking up the name or quotation under the pointer (the renderer knows
 * the selection and the marks, so it carries these out).
 */
export function contextMenuTemplate(
  params: ContextParams,
  actions: ContextActions,
): MenuItemConstructorOptions[] {
  if (params.isEditable) {
    const spelling: MenuItemConstructorOptions[] = params.misspelledWord
      ? [
          ...(params.dictionarySuggestions.length
            ? params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS).map((word) => ({
                label: word,
                click: () => actions.replaceMisspelling(word),
              }))
            : [{ label: 'No Guesses Found', enabled: false }]),
          {
            label: `Add ${quoted(params.misspelledWord)} to the Dictionary`,
            click: () => actions.addToDictionary(params.misspelledWord),
          },
          { type: 'separator' },
        ]
      : [];
    return [
      ...spelling,
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    ];
  }
  const link: MenuItemConstructorOptions[] = params.linkURL
    ? [
        { label: 'Open Link in Browser', click: () => actions.openLink(params.linkURL) },
        { label: 'Copy Link Address', click: () => actions.copyText(params.linkURL) },
      ]
    : [];
  if (!params.selectionText.trim()) return link;
  return [
    ...(link.length ? [...link, { type: 'separator' as const }] : []),
    { role: 'copy' },
    { type: 'separator' },
    { label: 'Highlight', click: () => actions.command('highlight') },
    { label: 'Highlight and Add a Note', click: () => actions.command('note') },
    { type: 'separator' },
    { label: `Look Up ${quoted(params.selectionText)}`, click: () => actions.command('look-up') },
  ];
}
