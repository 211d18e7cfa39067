import { ServiceError } from '../errors';

export const URL_IMPORT_ERROR_CODES = [
  'bad-url',
  'http-status',
  'redirects',
  'timeout',
  'too-large',
  'network',
  'not-html',
] as const;
export type UrlImportErrorCode = (typeof URL_IMPORT_ERROR_CODES)[number];

/** A page (or image) that could not be fetched, for a reason written for the user. */
export class UrlImportError extends ServiceError {
  constructor(
    override readonly code: UrlImportErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'UrlImportError';
  }
}
