import { ServiceError } from '../errors';

/** Checked before anything is decoded, so a huge file costs no more than its stat and read. */
export { MAX_IMPORT_BYTES } from '../../../common/model/article';

export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'unsupported',
  'no-content',
  'too-slow',
  'unreadable',
  'damaged',
  'protected',
  'folder',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** An import refused for a reason the user can act on; `message` is shown to them as is. */
export class ImportError extends ServiceError {
  constructor(
    override readonly code: ImportErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'ImportError';
  }
}

export const SUPPORTED_FORMATS_SENTENCE =
  'Gloss can open plain text (.txt), Markdown (.md), web pages (.html) and e-books (.epub).';
