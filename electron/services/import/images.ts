/**
 * Images as a reader sees them: a lazy-loaded image's real source is in a data attribute or a
 * srcset, not in its placeholder `src`; an AMP page's are `<amp-img>`. Each `<img>` is given the
 * source it shows, resolved against the page's base URL when it has one, and keeps the source as
 * the page wrote it in WRITTEN (the import-text tool reports those, the image store fetches `src`).
 */
export const WRITTEN = 'data-gloss-src';

const LAZY_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'srcset'];
/** A 1×1 gif, an SVG placeholder or a spinner stands in until a script swaps the real image in. */
const PLACEHOLDER =
  /^data:|(?:placeholder|spacer|blank|pixel|lazy|loading|grey|transparent)[^/]*\.(?:gif|png|svg|jpe?g)$/i;

/** The widest candidate of a srcset ("a.jpg 400w, b.jpg 800w" → "b.jpg"). */
export function largestInSrcset(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) || 1 : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function realSource(img: Element): string | null {
  for (const a of LAZY_ATTRS) {
    const v = img.getAttribute(a)?.trim();
    if (v && !v.startsWith('data:')) return v;
  }
  // A srcset's widest candidate is the image at its best; `src` is often a small fallback.
  for (const a of LAZY_SRCSET) {
    const v = img.getAttribute(a);
    const best = v ? largestInSrcset(v) : null;
    if (best && !best.startsWith('data:')) return best;
  }
  const src = img.getAttribute('src')?.trim() ?? '';
  if (src && !PLACEHOLDER.test(src)) return src;
  const noscript = img.parentElement?.querySelector('noscript');
  const fallback = noscript ? /<img[^>]+src=["']([^"']+)["']/i.exec(noscript.innerHTML)?.[1] : undefined;
  if (fallback) return fallback;
  return src || null;
}

function resolve(src: string, base: string | null): string {
  if (!base || src.startsWith('data:')) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** Rewrites the page's images in place, before Readability reads it. */
export function resolveImages(doc: Document, base: string | null): void {
  for (const amp of Array.from(doc.querySelectorAll('amp-img'))) {
    const img = doc.createElement('img');
    for (const a of ['src', 'srcset', 'alt', 'width', 'height']) {
      const v = amp.getAttribute(a);
      if (v !== null) img.setAttribute(a, v);
    }
    amp.replaceWith(img);
  }
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const written = realSource(img);
    if (!written) continue;
    img.setAttribute(WRITTEN, written);
    img.setAttribute('src', resolve(written, base));
    img.removeAttribute('srcset');
    for (const a of [...LAZY_ATTRS, ...LAZY_SRCSET]) img.removeAttribute(a);
  }
  // The picture's other sources and a noscript copy would show the same image twice.
  for (const el of Array.from(doc.querySelectorAll('picture source, noscript'))) {
    if (el.nodeName === 'SOURCE' || el.parentElement?.querySelector(`img[${WRITTEN}]`)) el.remove();
  }
}

/** The sources, as written, of the images left in an article body. */
export function writtenSources(root: ParentNode): string[] {
  const out: string[] = [];
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute(WRITTEN) ?? img.getAttribute('src');
    if (src && !out.includes(src)) out.push(src);
  }
  return out;
}
