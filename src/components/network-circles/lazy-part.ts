/**
 * A rarely used part of an element (dialogs, the table view, export and print) loaded on first
 * use with a dynamic `import()`, so the element's eager bundle stays small. The host re-renders
 * when the part arrives and counts it as pending until then, so its `updateComplete` can wait
 * for it: tests and hosts see the finished render, not a half one.
 */
export interface LazyHost {
  requestUpdate(): void;
  /** Called with each load under way; the host waits for them in `updateComplete`. */
  trackLoad(loading: Promise<unknown>): void;
}

export class LazyPart<T> {
  private module?: T;
  private loading?: Promise<T | undefined>;

  constructor(
    private readonly host: LazyHost,
    private readonly importer: () => Promise<T>,
  ) {}

  /** The part when loaded; otherwise undefined, and loading starts (the host renders again when it is there). */
  get(): T | undefined {
    if (!this.module) void this.load();
    return this.module;
  }

  /** Loads the part once; resolves with it (undefined when loading failed: the element keeps working without it). */
  load(): Promise<T | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (!this.loading) {
      this.loading = this.importer().then(
        (module) => {
          this.module = module;
          this.host.requestUpdate();
          return module;
        },
        (error: unknown) => {
          // Try again next time (a chunk that failed to load once may load later).
          this.loading = undefined;
          console.error(error);
          return undefined;
        },
      );
      this.host.trackLoad(this.loading);
    }
    return this.loading;
  }
}
