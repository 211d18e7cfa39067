import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { sharedWindow } from './dom';

/**
 * An allow-list, not a block-list: anything not named here goes, whatever new element or attribute
 * the web invents. Only what a reading view needs is kept; presentation (style, class, id) is the
 * reader's job, and ids or names could clobber the renderer's globals.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'abbr',
  'lang',
  'dir',
  'start',
  'reversed',
  'value',
  'datetime',
];

/**
 * Elements removed together with what is inside them. DOMPurify already drops the content of
 * script, style, iframe, svg, math, noscript, template and the like; a form control's label or a
 * plugin's fallback is not article text either. A form's own content is kept: some sites wrap
 * the whole page in one.
 */
const DROPPED_WITH_CONTENT = [
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'object',
  'embed',
  'applet',
  'canvas',
  'frameset',
  'frame',
  'nav',
];

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: true,
};

/** Links may lead out (opened in the system browser by the app); nothing else is a link. */
const SAFE_HREF = /^(?:https?:|mailto:)/i;
/** An image embedded in the page itself loads nothing from anywhere. */
const EMBEDDED_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

/** An image waiting for the image store: the attribute holds the number of its source. */
export const PENDING_IMAGE_SRC = 'data-gloss-image';

let purify: DOMPurify | null = null;

function instance(): DOMPurify {
  purify ??= createDOMPurify(sharedWindow() as unknown as WindowLike);
  return purify;
}

export interface Sanitized {
  /** A detached body element holding the safe content. */
  body: HTMLElement;
  warnings: string[];
  /** The sources of the body's images from elsewhere, as the page gave them (resolved where it could). */
  imageSources: string[];
}

export function sanitizeHtml(html: string): Sanitized {
  const body = instance().sanitize(html, CONFIG) as HTMLElement;
  const warnings: string[] = [];

  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    if (!SAFE_HREF.test((a.getAttribute('href') ?? '').trim())) a.removeAttribute('href');
  }

  // An image from elsewhere is not left loadable, nor its address in the body: the image gets the
  // number of its source in `imageSources`, and the image store (images/image-store.ts) saves it
  // with the article and points it there, or takes it out.
  const imageSources: string[] = [];
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = (img.getAttribute('src') ?? '').trim();
    if (EMBEDDED_IMAGE.test(src)) continue;
    img.removeAttribute('src');
    if (!src) {
      img.remove();
      continue;
    }
    let n = imageSources.indexOf(src);
    if (n < 0) n = imageSources.push(src) - 1;
    img.setAttribute(PENDING_IMAGE_SRC, String(n));
  }
  return { body, warnings, imageSources };
}
