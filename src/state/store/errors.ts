/**
 * The one error the persistence layer rejects with, and the bilingual messages it carries.
 * Every write message says what was not saved and that what was there before is untouched
 * (writes run in one transaction that is aborted on failure).
 */
import type { Envelope, StoreKind } from './records';

/** A text in both UI languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * - 'quota': the browser's storage for the site is full (QuotaExceededError)
 * - 'unavailable': IndexedDB missing, blocked, or failing for another reason
 * - 'conflict': another tab changed the record since this tab read it (see {@link StoreError.current})
 * - 'invalid': the value does not match its schema; nothing was written
 */
export type StoreErrorCode = 'quota' | 'unavailable' | 'conflict' | 'invalid';

/** A stored record as another tab left it (the `current` of a conflict); its value unchecked. */
export type ConflictRecord = Envelope<unknown>;

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** the message in both languages; `message` is `text.en` */
  readonly text: Bilingual;
  /** conflict only: the newer stored record, or null when another tab deleted it */
  readonly current?: ConflictRecord | null;
  /** conflict only: which record */
  readonly kind?: StoreKind;
  readonly id?: string;

  constructor(code: StoreErrorCode, text: Bilingual, extra: { cause?: unknown; current?: ConflictRecord | null; kind?: StoreKind; id?: string } = {}) {
    super(text.en, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'StoreError';
    this.code = code;
    this.text = text;
    if ('current' in extra) this.current = extra.current;
    this.kind = extra.kind;
    this.id = extra.id;
  }
}

export const KIND_NAMES: Record<StoreKind, Bilingual> = {
  layers: { en: 'layer', zh: '图层' },
  regions: { en: 'region', zh: '区域' },
  reports: { en: 'report', zh: '分析报告' },
  views: { en: 'view', zh: '视图' },
};

/** `view "陕甘宁"` / `视图“陕甘宁”`: how messages name one record. */
export function describeRecord(kind: StoreKind, title: string | undefined, id: string): Bilingual {
  const name = title && title.trim() ? title : id;
  return { en: `${KIND_NAMES[kind].en} "${name}"`, zh: `${KIND_NAMES[kind].zh}“${name}”` };
}

/** Whether a write stored or removed data; only changes the verb of messages. */
export type WriteVerb = 'save' | 'delete';
const NOT_DONE: Record<WriteVerb, Bilingual> = { save: { en: 'Not saved', zh: '未保存' }, delete: { en: 'Not deleted', zh: '未删除' } };
const UNTOUCHED: Bilingual = { en: 'What was saved before is untouched.', zh: '此前保存的内容没有改动。' };

/** HH:MM local time of an ISO timestamp (the time a user saw on their clock). */
function clock(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function quotaError(what: Bilingual, verb: WriteVerb, cause: unknown): StoreError {
  return new StoreError(
    'quota',
    {
      en: `${NOT_DONE[verb].en}: this site's browser storage is full, so ${what.en} could not be ${verb === 'save' ? 'saved' : 'deleted'}. ${UNTOUCHED.en} Delete layers or reports you no longer need, or export the project to a file, then try again.`,
      zh: `${NOT_DONE[verb].zh}：本网站的浏览器存储空间已满，${what.zh}未能${verb === 'save' ? '保存' : '删除'}。${UNTOUCHED.zh}请删除不再需要的图层或报告，或将项目导出为文件，然后重试。`,
    },
    { cause },
  );
}

export function writeFailedError(what: Bilingual, verb: WriteVerb, cause: unknown): StoreError {
  const reason = describeCause(cause);
  return new StoreError(
    'unavailable',
    {
      en: `${NOT_DONE[verb].en}: browser storage failed while writing ${what.en} (${reason}). ${UNTOUCHED.en}`,
      zh: `${NOT_DONE[verb].zh}：写入${what.zh}时浏览器存储出错（${reason}）。${UNTOUCHED.zh}`,
    },
    { cause },
  );
}

export function invalidError(what: Bilingual, verb: WriteVerb, problem: Bilingual): StoreError {
  return new StoreError('invalid', {
    en: `${NOT_DONE[verb].en}: ${what.en} is not valid data (${problem.en}). ${UNTOUCHED.en}`,
    zh: `${NOT_DONE[verb].zh}：${what.zh}的数据无效（${problem.zh}）。${UNTOUCHED.zh}`,
  });
}

/**
 * Another tab got there first. `current` null: it deleted the record; `expectedRev` null: this
 * tab meant to create a record that another tab has created meanwhile.
 */
export function conflictError(kind: StoreKind, id: string, what: Bilingual, verb: WriteVerb, expectedRev: number | null, current: ConflictRecord | null): StoreError {
  const choice: Bilingual = {
    en: 'Nothing was overwritten: keep theirs (reload), or save again to overwrite with yours.',
    zh: '没有覆盖任何内容：可保留对方的版本（重新加载），或再次保存以用您的版本覆盖。',
  };
  const happened: Bilingual =
    current === null
      ? { en: `another tab deleted ${what.en}`, zh: `另一个标签页已删除${what.zh}` }
      : expectedRev === null
        ? { en: `another tab created ${what.en} at ${clock(current.updatedAt)}`, zh: `另一个标签页已于 ${clock(current.updatedAt)} 创建了${what.zh}` }
        : {
            en: `another tab changed ${what.en} at ${clock(current.updatedAt)} (revision ${current.rev}; this tab had revision ${expectedRev})`,
            zh: `另一个标签页已于 ${clock(current.updatedAt)} 修改了${what.zh}（版本 ${current.rev}；本标签页的是版本 ${expectedRev}）`,
          };
  return new StoreError(
    'conflict',
    { en: `${NOT_DONE[verb].en}: ${happened.en}. ${choice.en}`, zh: `${NOT_DONE[verb].zh}：${happened.zh}。${choice.zh}` },
    { current, kind, id },
  );
}

/** Opening failed: the UI keeps work in memory only and says so. */
export function unavailableError(reason: string, cause?: unknown): StoreError {
  return new StoreError(
    'unavailable',
    {
      en: `Browser storage (IndexedDB) is not available (${reason}). Your work is kept only in this tab and is lost when it closes; export the project to a file to keep it.`,
      zh: `浏览器存储（IndexedDB）不可用（${reason}）。您的工作只保存在本标签页中，关闭后即丢失；请将项目导出为文件以便保留。`,
    },
    { cause },
  );
}

/** A read failed: nothing was changed, but the list shown may be incomplete. */
export function readFailedError(what: Bilingual, cause: unknown): StoreError {
  const reason = describeCause(cause);
  return new StoreError(
    'unavailable',
    { en: `Could not read ${what.en} from browser storage (${reason}). Nothing was changed.`, zh: `无法从浏览器存储读取${what.zh}（${reason}）。没有改动任何内容。` },
    { cause },
  );
}

/** `QuotaExceededError: …` from any thrown value. */
export function describeCause(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    const { name, message } = e as Error;
    return message ? `${name}: ${message}` : name;
  }
  return String(e);
}

/** Whether `e` (or the aborted transaction's error) is the browser refusing for lack of space. */
export function isQuotaError(e: unknown, txError?: unknown): boolean {
  const name = (x: unknown) => (x && typeof x === 'object' && 'name' in x ? (x as { name: unknown }).name : undefined);
  return name(e) === 'QuotaExceededError' || name(txError) === 'QuotaExceededError';
}
