import type { CareNetwork, Change, OpResult } from '../model/types.js';

/** What subscribers receive after every change of the document. */
export interface StoreEvent {
  doc: CareNetwork;
  change: Change;
  /** How the document got here: a new edit, an undo, a redo or a replacement. */
  source: 'edit' | 'undo' | 'redo' | 'replace';
  /**
   * True on a `replace` that arrived while a transaction (e.g. a drag) was open: the
   * transaction was dropped, so whoever began it must stop (its later edits would land on a
   * document it never saw).
   */
  interrupted?: boolean;
}

export type StoreListener = (event: StoreEvent) => void;

/** An edit: a pure operation applied to the current document. */
export type Operation = (doc: CareNetwork) => OpResult;

interface HistoryEntry {
  before: CareNetwork;
  after: CareNetwork;
  change: Change;
}

interface OpenTransaction {
  before: CareNetwork;
  changes: Change[];
  label?: string;
}

export interface NetworkStoreOptions {
  /** How many edits undo can go back; the oldest are forgotten first. */
  historyLimit?: number;
}

/**
 * Holds one document as immutable snapshots, applies operations, keeps a bounded undo/redo
 * history and notifies subscribers. DOM-free: runs in Node and workers too.
 *
 * Undo restores the exact earlier snapshot (the same object), so "undo after any sequence
 * gives the exact earlier document" holds by construction. A transaction (e.g. a drag) groups
 * several operations into one history step.
 */
export class NetworkStore {
  private limit: number;
  private current: CareNetwork;
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private listeners = new Set<StoreListener>();
  private transaction: OpenTransaction | undefined;

  constructor(doc: CareNetwork, options: NetworkStoreOptions = {}) {
    this.current = doc;
    this.limit = Math.max(1, options.historyLimit ?? 200);
  }

  get historyLimit(): number {
    return this.limit;
  }

  /** Changes how many steps are kept; the oldest beyond the new limit are forgotten. */
  setHistoryLimit(limit: number): void {
    this.limit = Math.max(1, Math.floor(limit) || 1);
    this.trim();
  }

  get doc(): CareNetwork {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0 && !this.transaction;
  }

  get canRedo(): boolean {
    return this.future.length > 0 && !this.transaction;
  }

  /** True while `begin()` has not been followed by `commit()` or `rollback()`. */
  get inTransaction(): boolean {
    return this.transaction !== undefined;
  }

  /** Number of steps undo can take. */
  get undoDepth(): number {
    return this.past.length;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies one operation. Inside a transaction the change is shown to subscribers at once
   * (a drag must move on screen) but becomes one history step at `commit()`.
   */
  apply(operation: Operation): Change {
    const { doc, change } = operation(this.current);
    if (doc === this.current) return change;
    if (this.transaction) {
      this.transaction.changes.push(change);
    } else {
      this.record({ before: this.current, after: doc, change });
    }
    this.current = doc;
    this.notify({ doc, change, source: 'edit' });
    return change;
  }

  /** Starts grouping edits into one undo step. Nested calls join the open transaction. */
  begin(label?: string): void {
    if (!this.transaction) this.transaction = { before: this.current, changes: [], label };
  }

  /** Ends the open transaction and records it as one history step. */
  commit(): void {
    const tx = this.transaction;
    if (!tx) return;
    this.transaction = undefined;
    if (tx.before === this.current) return;
    const change: Change =
      tx.changes.length === 1
        ? tx.changes[0]
        : { type: 'batch', ids: unique(tx.changes.flatMap((c) => c.ids)), changes: tx.changes, label: tx.label };
    this.record({ before: tx.before, after: this.current, change });
  }

  /** Drops the open transaction and goes back to the document it started from. */
  rollback(): void {
    const tx = this.transaction;
    if (!tx) return;
    this.transaction = undefined;
    if (tx.before === this.current) return;
    this.current = tx.before;
    this.notify({ doc: this.current, change: { type: 'replace', ids: [] }, source: 'undo' });
  }

  /** Runs `fn` as one transaction; rolls back when it throws. */
  group<T>(label: string, fn: () => T): T {
    const outer = this.transaction !== undefined;
    this.begin(label);
    try {
      const result = fn();
      if (!outer) this.commit();
      return result;
    } catch (error) {
      if (!outer) this.rollback();
      throw error;
    }
  }

  undo(): boolean {
    this.commit();
    const entry = this.past.pop();
    if (!entry) return false;
    this.future.push(entry);
    this.current = entry.before;
    this.notify({ doc: this.current, change: entry.change, source: 'undo' });
    return true;
  }

  redo(): boolean {
    this.commit();
    const entry = this.future.pop();
    if (!entry) return false;
    this.past.push(entry);
    this.current = entry.after;
    this.notify({ doc: this.current, change: entry.change, source: 'redo' });
    return true;
  }

  /**
   * Replaces the document (controlled use: the host hands a new one). History is cleared
   * unless `keepHistory`, because undo across a host's replacement would undo the host's data.
   */
  replace(doc: CareNetwork, options: { keepHistory?: boolean } = {}): void {
    // An open transaction (a drag in progress) is dropped: its start document is gone.
    const interrupted = this.transaction !== undefined;
    this.transaction = undefined;
    if (!options.keepHistory) {
      this.past = [];
      this.future = [];
    }
    if (doc === this.current && !interrupted) return;
    this.current = doc;
    this.notify({ doc, change: { type: 'replace', ids: [] }, source: 'replace', ...(interrupted ? { interrupted } : {}) });
  }

  private record(entry: HistoryEntry): void {
    this.past.push(entry);
    this.trim();
    this.future = [];
  }

  private trim(): void {
    if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
  }

  private notify(event: StoreEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
