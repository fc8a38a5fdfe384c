/**
 * The plan's action verbs (专栏17: 加快建设, 开工建设 …) in English: a fixed table of the 14 verbs the
 * catalog uses, translated for this atlas (the State Council published no English version of the
 * plan). A verb not in the table is returned as written.
 */
export const PLAN_ACTIONS_EN: Readonly<Record<string, string>> = {
  加快建设: 'Accelerate construction',
  加快推进: 'Speed up progress',
  努力推动: 'Strive to advance',
  启动: 'Launch',
  基本完成: 'Basically complete',
  实施: 'Implement',
  建设: 'Build',
  开工建设: 'Start construction',
  有序推进: 'Advance in an orderly way',
  治理: 'Regulate (river works)',
  积极推动: 'Actively promote',
  积极推进: 'Actively advance',
  规划建设: 'Plan and build',
  适时推进: 'Advance when timely',
};

/**
 * A plan action in `lang`: the Chinese verb itself for 'zh', the table's English for 'en'.
 * @example planActionIn('加快建设', 'en') → 'Accelerate construction'
 */
export function planActionIn(action: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? action : PLAN_ACTIONS_EN[action] ?? action;
}
