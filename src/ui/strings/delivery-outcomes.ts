/** Interface strings of the indicators' reported outcomes (Indicators tab), in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const OUTCOME_STRINGS = {
  outcome: { zh: '报告结果', en: 'Reported outcome' },
  noOutcome: { zh: '未找到结果', en: 'no outcome found' },
  outcomeRecollection: { zh: '(凭记忆,未找到来源)', en: '(from recollection, no source found)' },
  outcomeReport: { zh: '报告', en: 'report' },
} as const satisfies Record<string, Bilingual>;
