/** A failure whose message is written for the user; `code` lets the renderer react to the kind. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
