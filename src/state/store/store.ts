/**
 * The user's own records (imported layers, drawn regions, analysis reports, saved views) in
 * IndexedDB, one object store per kind, each record wrapped as `{ id, rev, updatedAt, tab, value }`.
 *
 * - Writes run in one readwrite transaction that re-reads the record and compares its `rev`
 *   with the one the caller last saw (optimistic concurrency between tabs): a stale write is
 *   refused with StoreError 'conflict' carrying the newer record, never applied silently.
 * - Any failure aborts the transaction, so nothing is half-written, and rejects with a
 *   StoreError whose message says what was not saved and that the earlier data is untouched.
 * - Committed writes are announced on BroadcastChannel('plan-atlas-store') so other tabs reload.
 * - Values are checked with zod on read: a corrupt record is skipped and reported, never thrown.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
  conflictError,
  describeCause,
  describeRecord,
  invalidError,
  isQuotaError,
  quotaError,
  readFailedError,
  StoreError,
  unavailableError,
  writeFailedError,
  type Bilingual,
  type ConflictRecord,
  type WriteVerb,
} from './errors';
import { STORE_KINDS, type Envelope, type StoreKind, type StoreValues } from './records';
import { checkValue } from './schemas';
import { randomUuid } from '../../domain/ids';

/** Database name the app uses (tests pass their own). */
export const DEFAULT_DB_NAME = 'plan-atlas';
/** Bump with a new step in {@link upgrade} whenever stores or indexes change. */
export const DB_VERSION = 1;
/** Name of the BroadcastChannel all tabs announce their writes on. */
export const CHANNEL_NAME = 'plan-atlas-store';

/** A stored record of `kind` K: its checked value and who last wrote it (see {@link Envelope}). */
export type Versioned<K extends StoreKind> = Envelope<StoreValues[K]>;

/** One committed write, as broadcast to other tabs. `db`: database name, so tests and apps sharing a channel do not mix. */
export interface StoreChange {
  kind: StoreKind;
  id: string;
  /** the new rev (put), or the rev the record had when deleted (delete) */
  rev: number;
  tab: string;
  op: 'put' | 'delete';
  db: string;
}

/** A record that failed its schema on read: skipped from lists, reported here. */
export interface CorruptRecord {
  kind: StoreKind;
  id: string;
  problem: Bilingual;
}

/** What the store needs of a BroadcastChannel (tests may pass a fake). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close?(): void;
}

export interface OpenOptions {
  /** database name; default {@link DEFAULT_DB_NAME} */
  name?: string;
  /** this tab's id, written into each record it writes; default a random UUID */
  tabId?: string;
  /** default the global `indexedDB` */
  indexedDB?: IDBFactory;
  /** default `new BroadcastChannel(CHANNEL_NAME)` where the runtime has one; closed by {@link AtlasStore.close} only when created here */
  channel?: ChannelLike;
  /** called for each corrupt record met while reading */
  onCorrupt?: (c: CorruptRecord) => void;
  /** clock for `updatedAt`; default `new Date()` */
  now?: () => Date;
}

/** As stored: the value is unknown until checked. */
type RawRecord = Envelope<unknown>;
type AtlasSchema = { [K in StoreKind]: { key: string; value: RawRecord } };
type Db = IDBPDatabase<AtlasSchema>;
type WriteTx = IDBPTransaction<AtlasSchema, StoreKind[], 'readwrite'>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Steps from each older version; a fresh database runs them all. */
function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    for (const kind of STORE_KINDS) if (!db.objectStoreNames.contains(kind)) db.createObjectStore(kind, { keyPath: 'id' });
  }
}

/** The envelope and value checked, or the problem. */
function checkRecord<K extends StoreKind>(kind: K, raw: unknown): { record: Versioned<K> } | CorruptRecord {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '?';
  if (!isObject(raw) || typeof raw.rev !== 'number' || typeof raw.updatedAt !== 'string' || typeof raw.tab !== 'string') {
    return { kind, id, problem: { en: 'record envelope (id, rev, updatedAt, tab) is damaged', zh: '记录外层（id、rev、updatedAt、tab）已损坏' } };
  }
  const c = checkValue(kind, raw.value, ['value']);
  if ('problem' in c) return { kind, id, problem: c.problem };
  if (c.value.id !== id) return { kind, id, problem: { en: `value.id "${c.value.id}" differs from the record id`, zh: `value.id“${c.value.id}”与记录 id 不一致` } };
  return { record: { id, rev: raw.rev, updatedAt: raw.updatedAt, tab: raw.tab, value: c.value } };
}

/** Views by `order`, then id (a stable order when two tabs appended at once). */
function sortViews<K extends StoreKind>(kind: K, records: Versioned<K>[]): Versioned<K>[] {
  if (kind !== 'views') return records;
  const order = (r: Versioned<K>) => (r.value as StoreValues['views']).order;
  return records.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function titleOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.title === 'string' ? value.title : undefined;
}

function toConflictRecord(raw: unknown): ConflictRecord | null {
  if (!isObject(raw)) return null;
  return { id: String(raw.id), rev: Number(raw.rev), updatedAt: String(raw.updatedAt), tab: String(raw.tab), value: raw.value };
}

/** Reads and writes inside one readwrite transaction (see {@link AtlasStore.batch}). */
export interface WriteBatch {
  /** the record, or undefined when absent or corrupt */
  get<K extends StoreKind>(kind: K, id: string): Promise<Versioned<K> | undefined>;
  /** valid records of `kind` (views by order) */
  list<K extends StoreKind>(kind: K): Promise<Versioned<K>[]>;
  /** whether a record `id` is stored, valid or corrupt (a corrupt one must not be overwritten unseen) */
  has(kind: StoreKind, id: string): Promise<boolean>;
  /** see {@link AtlasStore.put} */
  put<K extends StoreKind>(kind: K, value: StoreValues[K], expectedRev?: number | null): Promise<Versioned<K>>;
  /** see {@link AtlasStore.delete} */
  delete(kind: StoreKind, id: string, expectedRev?: number): Promise<void>;
}

/** One connection to the atlas database. Create with {@link openAtlasStore}. */
export class AtlasStore {
  private readonly listeners = new Set<{ cb: (c: StoreChange) => void; own: boolean }>();
  private closedReason: string | null = null;
  private readonly onMessage = (e: MessageEvent) => {
    const c = e.data as Partial<StoreChange> | null;
    if (!isObject(c) || c.db !== this.name || c.tab === this.tabId || !STORE_KINDS.includes(c.kind as StoreKind)) return;
    if (typeof c.id !== 'string' || typeof c.rev !== 'number' || (c.op !== 'put' && c.op !== 'delete')) return;
    for (const l of this.listeners) l.cb(c as StoreChange);
  };

  /** @internal use {@link openAtlasStore} */
  constructor(
    private readonly db: Db,
    readonly name: string,
    readonly tabId: string,
    private readonly channel: ChannelLike | null,
    private readonly ownsChannel: boolean,
    private readonly onCorrupt: (c: CorruptRecord) => void,
    private readonly now: () => Date,
  ) {
    channel?.addEventListener('message', this.onMessage);
    // Another tab opening a newer version waits for us: let it go, later writes say why they fail.
    db.addEventListener('versionchange', () => {
      this.closedReason = 'a newer version of Plan Atlas opened in another tab; reload this tab';
      db.close();
    });
    db.addEventListener('close', () => {
      this.closedReason = 'the browser closed the storage (site data cleared or evicted)';
    });
  }

  /**
   * Valid records of `kind`; views sorted by `order`. Corrupt records are skipped and passed to
   * `onCorrupt`. @throws StoreError 'unavailable' when the database cannot be read
   */
  async list<K extends StoreKind>(kind: K): Promise<Versioned<K>[]> {
    return (await this.scan(kind)).records;
  }

  /** Like {@link list}, also returning the corrupt records skipped. @throws StoreError 'unavailable' */
  async scan<K extends StoreKind>(kind: K): Promise<{ records: Versioned<K>[]; skipped: CorruptRecord[] }> {
    const raws = await this.read({ en: `the saved ${kind}`, zh: '已保存的数据' }, (db) => db.getAll(kind));
    return this.checkAll(kind, raws);
  }

  /** Every kind read in one transaction (a consistent picture for export). @throws StoreError 'unavailable' */
  async snapshot(): Promise<{ [K in StoreKind]: Versioned<K>[] }> {
    const raws = await this.read({ en: 'the saved project', zh: '已保存的项目' }, async (db) => {
      const tx = db.transaction([...STORE_KINDS], 'readonly');
      return Promise.all(STORE_KINDS.map((k) => tx.objectStore(k).getAll()));
    });
    const [layers, regions, reports, views] = STORE_KINDS.map((k, i) => this.checkAll(k, raws[i]).records);
    return { layers, regions, reports, views } as { [K in StoreKind]: Versioned<K>[] };
  }

  /** The record, or undefined when absent or corrupt (corrupt ones go to `onCorrupt`). @throws StoreError 'unavailable' */
  async get<K extends StoreKind>(kind: K, id: string): Promise<Versioned<K> | undefined> {
    const raw = await this.read(describeRecord(kind, undefined, id), (db) => db.get(kind, id));
    return raw === undefined ? undefined : this.checkAll(kind, [raw]).records[0];
  }

  /**
   * Store `value` under `value.id`.
   * @param expectedRev the rev this tab last saw; `null`: the record must not exist yet;
   *   omitted: write whatever is stored (last writer wins; only for data no other tab edits)
   * @returns the stored record (rev one more than before)
   * @throws StoreError 'conflict' (with `current`), 'invalid' (schema), 'quota', 'unavailable'
   */
  put<K extends StoreKind>(kind: K, value: StoreValues[K], expectedRev?: number | null): Promise<Versioned<K>> {
    return this.batch(describeRecord(kind, titleOf(value), String((value as { id?: unknown }).id)), (w) => w.put(kind, value, expectedRev), { kinds: [kind] });
  }

  /**
   * Remove record `id`; absent already is not an error.
   * @param expectedRev the rev this tab last saw; omitted: delete whatever is stored
   * @throws StoreError 'conflict' (another tab changed it since), 'quota', 'unavailable'
   */
  delete(kind: StoreKind, id: string, expectedRev?: number): Promise<void> {
    return this.batch(describeRecord(kind, undefined, id), (w) => w.delete(kind, id, expectedRev), { kinds: [kind], verb: 'delete' });
  }

  /** Remove every record of `kind` (or of all kinds). @throws StoreError 'quota' | 'unavailable' */
  clear(kind?: StoreKind): Promise<void> {
    const kinds = kind ? [kind] : [...STORE_KINDS];
    return this.batch({ en: `all ${kinds.join(', ')}`, zh: '全部记录' }, async (w) => {
      for (const k of kinds) for (const r of await w.list(k)) await w.delete(k, r.id);
    }, { kinds, verb: 'delete' });
  }

  /**
   * Run `fn` in one readwrite transaction over `kinds` (default all): every write in it commits
   * or none does. Changes are broadcast after the commit. `fn` may only await the batch's own
   * methods (awaiting anything else lets IndexedDB commit early).
   * @param what names the data in error messages (e.g. "the imported project")
   * @throws StoreError: whatever `fn` throws as StoreError, else 'quota' or 'unavailable'
   */
  async batch<T>(what: Bilingual, fn: (w: WriteBatch) => Promise<T>, opts: { kinds?: StoreKind[]; verb?: WriteVerb } = {}): Promise<T> {
    const verb = opts.verb ?? 'save';
    if (this.closedReason) throw writeFailedError(what, verb, new Error(this.closedReason));
    let tx: WriteTx;
    try {
      tx = this.db.transaction(opts.kinds ?? [...STORE_KINDS], 'readwrite');
    } catch (e) {
      throw writeFailedError(what, verb, e);
    }
    const done = tx.done;
    done.catch(() => undefined); // observed below; avoids an unhandled rejection when we abort
    const changes: StoreChange[] = [];
    try {
      const result = await fn(this.writer(tx, changes));
      await done;
      this.announce(changes);
      return result;
    } catch (e) {
      const txError = tx.error; // read before abort(): a browser-side abort leaves its reason here
      try {
        tx.abort();
      } catch {
        // already aborted or finished: nothing was committed by this failed batch
      }
      if (e instanceof StoreError) throw e;
      if (isQuotaError(e, txError)) throw quotaError(what, verb, txError ?? e);
      if ((e as { name?: unknown })?.name === 'DataCloneError') throw invalidError(what, verb, { en: describeCause(e), zh: describeCause(e) });
      throw writeFailedError(what, verb, txError ?? e);
    }
  }

  /**
   * Call `cb` for each write committed by another tab (and by this one with `own: true`).
   * @returns unsubscribe
   */
  subscribe(cb: (change: StoreChange) => void, opts: { own?: boolean } = {}): () => void {
    const l = { cb, own: opts.own ?? false };
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Close the connection (and the channel when the store created it). */
  close(): void {
    this.closedReason ??= 'the store was closed';
    this.channel?.removeEventListener('message', this.onMessage);
    if (this.ownsChannel) this.channel?.close?.();
    this.listeners.clear();
    this.db.close();
  }

  private async read<T>(what: Bilingual, fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.closedReason) throw readFailedError(what, new Error(this.closedReason));
    try {
      return await fn(this.db);
    } catch (e) {
      throw readFailedError(what, e);
    }
  }

  private checkAll<K extends StoreKind>(kind: K, raws: unknown[]): { records: Versioned<K>[]; skipped: CorruptRecord[] } {
    const records: Versioned<K>[] = [];
    const skipped: CorruptRecord[] = [];
    for (const raw of raws) {
      const c = checkRecord(kind, raw);
      if ('record' in c) records.push(c.record);
      else {
        skipped.push(c);
        this.onCorrupt(c);
      }
    }
    return { records: sortViews(kind, records), skipped };
  }

  private writer(tx: WriteTx, changes: StoreChange[]): WriteBatch {
    const store = (kind: StoreKind) => tx.objectStore(kind);
    const conflictIf = (kind: StoreKind, id: string, what: Bilingual, verb: WriteVerb, expectedRev: number | null | undefined, old: RawRecord | undefined) => {
      if (expectedRev === undefined) return;
      if (expectedRev === null ? old !== undefined : old?.rev !== expectedRev) {
        throw conflictError(kind, id, what, verb, expectedRev, toConflictRecord(old));
      }
    };
    return {
      get: async (kind, id) => {
        const raw = await store(kind).get(id);
        return raw === undefined ? undefined : this.checkAll(kind, [raw]).records[0];
      },
      list: async (kind) => this.checkAll(kind, await store(kind).getAll()).records,
      has: async (kind, id) => (await store(kind).count(id)) > 0,
      put: async (kind, value, expectedRev) => {
        const id = String((value as { id?: unknown }).id);
        const what = describeRecord(kind, titleOf(value), id);
        const c = checkValue(kind, value);
        if ('problem' in c) throw invalidError(what, 'save', c.problem);
        const s = store(kind);
        const old = await s.get(id);
        conflictIf(kind, id, what, 'save', expectedRev, old);
        const rec: Versioned<typeof kind> = {
          id,
          rev: (typeof old?.rev === 'number' ? old.rev : 0) + 1,
          updatedAt: this.now().toISOString(),
          tab: this.tabId,
          value: c.value,
        };
        await s.put(rec);
        changes.push({ kind, id, rev: rec.rev, tab: this.tabId, op: 'put', db: this.name });
        return rec;
      },
      delete: async (kind, id, expectedRev) => {
        const s = store(kind);
        const old = await s.get(id);
        if (old === undefined) return; // gone already: what the caller wanted
        conflictIf(kind, id, describeRecord(kind, titleOf(old.value), id), 'delete', expectedRev, old);
        await s.delete(id);
        changes.push({ kind, id, rev: old.rev, tab: this.tabId, op: 'delete', db: this.name });
      },
    };
  }

  private announce(changes: StoreChange[]): void {
    for (const c of changes) {
      try {
        this.channel?.postMessage(c);
      } catch {
        // a closed channel only costs other tabs their live refresh; the write is committed
      }
      for (const l of this.listeners) if (l.own) l.cb(c);
    }
  }
}


/**
 * Open (creating or upgrading) the atlas database.
 * @throws StoreError 'unavailable' when there is no IndexedDB (some private windows, storage
 *   blocked by the user), opening errors, or another tab blocks the upgrade
 * @example const store = await openAtlasStore(); const views = await store.list('views');
 */
export async function openAtlasStore(opts: OpenOptions = {}): Promise<AtlasStore> {
  const name = opts.name ?? DEFAULT_DB_NAME;
  const factory = opts.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!factory) throw unavailableError('this browser gives the page no IndexedDB');
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (e) {
      reject(unavailableError(describeCause(e), e)); // e.g. SecurityError when storage is blocked
      return;
    }
    let settled = false;
    request.onupgradeneeded = (e) => upgrade(request.result, e.oldVersion);
    request.onsuccess = () => {
      // Blocked earlier and let through later: the caller has moved on to memory, so let go.
      if (settled) request.result.close();
      else resolve(request.result);
      settled = true;
    };
    request.onerror = (e) => {
      e.preventDefault();
      settled = true;
      reject(unavailableError(describeCause(request.error), request.error));
    };
    request.onblocked = () => {
      settled = true;
      reject(unavailableError('another Plan Atlas tab keeps an older version of the storage open; close or reload the other tabs'));
    };
  });
  let channel: ChannelLike | null = opts.channel ?? null;
  const ownsChannel = !channel && typeof BroadcastChannel !== 'undefined';
  if (ownsChannel) channel = new BroadcastChannel(CHANNEL_NAME);
  return new AtlasStore(wrap(raw) as unknown as Db, name, opts.tabId ?? randomUuid(), channel, ownsChannel, opts.onCorrupt ?? (() => undefined), opts.now ?? (() => new Date()));
}
