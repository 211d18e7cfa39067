import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Every parse in the import pipeline goes through here, so that none of them can ever run a script
 * or fetch a resource: jsdom does neither unless `runScripts` / `resources` are set, and they never
 * are. A silent console keeps CSS and markup complaints from hostile pages out of the app's log.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  const dom = new JSDOM(html, {
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
    ...(url ? { url } : {}),
  });
  return dom.window.document;
}

let shared: JSDOM | null = null;

/**
 * One inert window, reused: DOMPurify needs a window to build its parser from, and fragments that
 * only get parsed and serialized do not need a document of their own.
 */
export function sharedWindow(): JSDOM['window'] {
  shared ??= new JSDOM('<!DOCTYPE html><html><body></body></html>', {
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  return shared.window;
}

/** Parses `html` exactly as the renderer will: assigned to a container's innerHTML. */
export function parseFragment(html: string): HTMLElement {
  const container = sharedWindow().document.createElement('div');
  container.innerHTML = html;
  return container;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}
