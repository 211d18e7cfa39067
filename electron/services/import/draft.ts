import type { ArticleFormat } from '../../../common/model/article';

/**
 * What each format reader hands to the shared finishing steps: an unsanitized body and whatever
 * metadata the format could tell. Readers never decide what is safe; `finish` does, for all.
 */
export interface Draft {
  format: ArticleFormat;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** When it was first published (ISO 8601), if the source says. */
  published?: string | null;
  /** The address the source gives for itself (`<link rel=canonical>`, og:url, JSON-LD url). */
  canonicalUrl?: string | null;
  /** The sources of the body's images, as the source wrote them. */
  images?: string[];
  bodyHtml: string;
  warnings: string[];
}

/** Collapses whitespace in a metadata string and turns an empty one into null. */
export function cleanLine(value: string | null | undefined): string | null {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim();
  return clean.length > 0 ? clean : null;
}

/** "azerbaijan-china-ties.txt" → "Azerbaijan china ties": a title for a file that has none. */
export function humanizeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '') || base;
  const words = stem
    .replace(/[-_.+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return 'Untitled';
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
