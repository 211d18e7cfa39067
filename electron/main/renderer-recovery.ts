/**
 * Whether a renderer that crashed is loaded again: yes, unless it has crashed `limit` times within
 * `periodMs` already (a page that crashes as it loads would otherwise reload for ever).
 */
export class RendererRecovery {
  private readonly crashes: number[] = [];

  constructor(
    private readonly limit = 2,
    private readonly periodMs = 60_000,
  ) {}

  /** Records a crash at `now` and says whether to reload. */
  shouldReload(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length && this.crashes[0]! <= now - this.periodMs) this.crashes.shift();
    return this.crashes.length <= this.limit;
  }
}
