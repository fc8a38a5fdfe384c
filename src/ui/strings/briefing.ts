/** Interface strings of the briefing features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const BRIEFING_STRINGS = {
  pictureFiltered: { zh: '筛选：{list}', en: 'Filtered: {list}' },
  pictureOptions: { zh: '图片设置', en: 'Picture' },
  pictureSize: { zh: '图片尺寸', en: 'Picture size' },
  pictureSizeScreen: { zh: '与屏幕相同', en: 'As on screen' },
  pictureSizeHd: { zh: '1920×1080（幻灯片）', en: '1920×1080 (slide)' },
  pictureSizeA4: { zh: 'A4 横向 300 dpi（3508×2480）', en: 'A4 landscape 300 dpi (3508×2480)' },
  pictureTitle: { zh: '图片标题', en: 'Picture title' },
  pictureFailed: { zh: '图片导出失败，地图保持原样：{error}', en: 'The picture could not be made; the map is as it was: {error}' },
  pictureRendering: { zh: '正在绘制图片 {size}…', en: 'Drawing the picture {size}…' },
} as const satisfies Record<string, Bilingual>;
