import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { textFromDom } from '../../common/text/dom-text';
import { ImportError, type ImportErrorCode } from '../../electron/services/import';

export const root = path.resolve(__dirname, '../..');
export const fixture = (name: string): Buffer => readFileSync(path.join(root, 'tests/fixtures/import', name));

/** Parses `html` the way the renderer does (innerHTML of a container) and reads its text. */
export function rendererText(html: string): string {
  const div = new JSDOM('<!DOCTYPE html><body></body>').window.document.createElement('div');
  div.innerHTML = html;
  return textFromDom(div).text;
}

export async function expectImportError(
  promise: Promise<unknown>,
  code: ImportErrorCode,
  message: RegExp,
): Promise<ImportError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect((err as ImportError).code).toBe(code);
  expect((err as ImportError).message).toMatch(message);
  return err as ImportError;
}
