import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Sheet } from '../../renderer/src/views/Sheet';

const closeButton = (props: { closable?: boolean; closeOnBackdrop?: boolean }): string =>
  /<button[^>]*aria-label="Close"[^>]*>/.exec(
    renderToStaticMarkup(
      createElement(Sheet, { title: 'Back up', onClose: () => {}, children: 'body', ...props }),
    ),
  )![0];

describe('the sheet frame', () => {
  it('disables its close button while nothing may close it (a backup running), and only then', () => {
    expect(closeButton({ closable: false })).toContain('disabled');
    expect(closeButton({})).not.toContain('disabled');
    // a stray click outside is one thing, the close button another: an export may be closed mid-run
    expect(closeButton({ closeOnBackdrop: false })).not.toContain('disabled');
  });
});
