/** A zod issue told in both UI languages (zod's own English, its zh-CN locale for Chinese). */
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import type { Bilingual } from '../domain/model';

/** `layers.2.style.color: expected array, received string`, in both languages. */
export function describeIssue(issue: z.core.$ZodIssue, prefix: (string | number)[] = []): Bilingual {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))].join('.') || '(root)';
  const params = issue.code === 'custom' ? (issue.params as { zh?: unknown } | undefined) : undefined;
  const zh = typeof params?.zh === 'string' ? params.zh : (zhCN().localeError(issue as z.core.$ZodRawIssue) as string | undefined) ?? issue.message;
  // zod's default English starts with "Invalid input: "; the path already says where.
  return { en: `${path}: ${issue.message.replace(/^Invalid input: /, '')}`, zh: `${path}：${zh}` };
}
