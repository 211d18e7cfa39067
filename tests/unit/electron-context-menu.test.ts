import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  contextMenuTemplate,
  type ContextCommand,
  type ContextParams,
} from '../../electron/main/context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (p: Partial<ContextParams>): ContextParams => ({
  isEditable: false,
  selectionText: '',
  linkURL: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: flags,
  ...p,
});

function recorder() {
  const done: string[] = [];
  return {
    done,
    actions: {
      replaceMisspelling: (w: string) => void done.push(`replace:${w}`),
      addToDictionary: (w: string) => void done.push(`add:${w}`),
      openLink: (url: string) => void done.push(`open:${url}`),
      copyText: (text: string) => void done.push(`copy:${text}`),
      command: (c: ContextCommand) => void done.push(c),
    },
  };
}

const click = (i: MenuItemConstructorOptions) => (i.click as unknown as () => void)();
const shape = (t: MenuItemConstructorOptions[]) =>
  t.map((i) => i.role ?? i.label ?? (i.type === 'separator' ? '—' : '?'));

describe('the context menu', () => {
  it('in a text field: cut, copy, paste and select all, each enabled as the field allows', () => {
    const { actions } = recorder();
    const t = contextMenuTemplate(
      params({ isEditable: true, editFlags: { ...flags, canCut: false, canCopy: false } }),
      actions,
    );
    expect(shape(t)).toEqual(['cut', 'copy', 'paste', '—', 'selectAll']);
    expect(t.map((i) => i.enabled)).toEqual([false, false, true, undefined, true]);
  });

  it('on a misspelled word: at most five suggestions, each replacing it, and adding it to the dictionary', () => {
    const { actions, done } = recorder();
    const t = contextMenuTemplate(
      params({
        isEditable: true,
        misspelledWord: 'Hajyev',
        dictionarySuggestions: ['Hajiyev', 'Hayev', 'Haj', 'Ajev', 'Hajev', 'Hajyevs'],
      }),
      actions,
    );
    expect(shape(t)).toEqual([
      'Hajiyev',
      'Hayev',
      'Haj',
      'Ajev',
      'Hajev',
      'Add “Hajyev” to the Dictionary',
      '—',
      'cut',
      'copy',
      'paste',
      '—',
      'selectAll',
    ]);
    click(t[0]!);
    click(t[5]!);
    expect(done).toEqual(['replace:Hajiyev', 'add:Hajyev']);
    const none = contextMenuTemplate(params({ isEditable: true, misspelledWord: 'qzx' }), actions);
    expect(none[0]).toMatchObject({ label: 'No Guesses Found', enabled: false });
  });

  it('on selected article text: copy, highlight, highlight with a note, and look up, each sent to the renderer', () => {
    const { actions, done } = recorder();
    const t = contextMenuTemplate(
      params({ selectionText: '  Hikmet Hajiyev, assistant to the President of the Republic of Azerbaijan' }),
      actions,
    );
    expect(shape(t)).toEqual([
      'copy',
      '—',
      'Highlight',
      'Highlight and Add a Note',
      '—',
      'Look Up “Hikmet Hajiyev, assistant to…”',
    ]);
    for (const i of t) if (i.click) click(i);
    expect(done).toEqual(['highlight', 'note', 'look-up']);
  });

  it('shows nothing on the page with nothing selected (no Back, Reload or Inspect)', () => {
    expect(contextMenuTemplate(params({ selectionText: ' \n ' }), recorder().actions)).toEqual([]);
  });

  it('on a link: open it outside (through the checked path) or copy its address, before the selection’s items', () => {
    const { actions, done } = recorder();
    const url = 'https://example.org/report';
    const t = contextMenuTemplate(params({ linkURL: url }), actions);
    expect(shape(t)).toEqual(['Open Link in Browser', 'Copy Link Address']);
    for (const i of t) click(i);
    expect(done).toEqual([`open:${url}`, `copy:${url}`]);
    const withSelection = contextMenuTemplate(params({ linkURL: url, selectionText: 'the report' }), actions);
    expect(shape(withSelection).slice(0, 4)).toEqual([
      'Open Link in Browser',
      'Copy Link Address',
      '—',
      'copy',
    ]);
  });
});
