/** Interface strings of the drawing features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const DRAWING_STRINGS = {
  // the one-line on-map hint of the active drawing tool (how to draw, finish, undo, cancel)
  drawHintPolygon: { zh: '多边形：逐点单击，单击起点或按 Enter 完成 · Ctrl+Z 撤销 · Esc 取消', en: 'Polygon: click each vertex; click the first one or press Enter to finish · Ctrl+Z undo · Esc cancel' },
  drawHintRectangle: { zh: '矩形：按住拖动后松开（或单击两角） · Ctrl+Z 撤销 · Esc 取消', en: 'Rectangle: press, drag and release (or click two corners) · Ctrl+Z undo · Esc cancel' },
  drawHintCircle: { zh: '圆：从圆心按住拖动后松开（或单击圆心再单击半径） · Ctrl+Z 撤销 · Esc 取消', en: 'Circle: press at the centre, drag and release (or click centre, then radius) · Ctrl+Z undo · Esc cancel' },
  drawHintFreehand: { zh: '手绘：按住拖动后松开（或单击开始、再单击结束） · Ctrl+Z 撤销 · Esc 取消', en: 'Freehand: press, drag and release (or click to start and again to finish) · Ctrl+Z undo · Esc cancel' },
  drawHintLinestring: { zh: '测距：逐点单击，单击末点或按 Enter 完成 · Ctrl+Z 撤销 · Esc 取消', en: 'Measure: click each point; click the last one or press Enter to finish · Ctrl+Z undo · Esc cancel' },
  drawHintSelect: { zh: '选择：单击图形后拖动图形或顶点 · Delete 删除 · Ctrl+Z 撤销', en: 'Select: click a shape, then drag it or its vertices · Delete removes · Ctrl+Z undo' },
  hoverMore: { zh: ' · 此处还有其他要素，单击可列出', en: ' · more features here: click to list them' },
  // the repair of a self-crossing drawing: the import's (“修复多边形”), split at the crossings
  drawRepair: { zh: '修复多边形：在交点处拆分为 {n} 个有效多边形，再生成报告', en: 'Repair polygon: split at its crossings into {n} valid polygons, then report' },
  drawRepaired: { zh: '（已修复）', en: '(repaired)' },
  reportImported: { zh: '导入图层（不计入规划项目）', en: 'Imported layers (not counted as plan projects)' },
  csvZip: { zh: 'CSV（zip）', en: 'CSV (zip)' },
  csvZipTip: { zh: '每张表一个 CSV 文件（概况、县、特殊地区、项目、距离、贫困县……），打包为 zip', en: 'One CSV file per table (summary, counties, special areas, projects, distances, poverty counties, …), in a zip' },
  linkRegionMissing: { zh: '链接中的分析区域“{ref}”在数据中不存在，未载入；链接的其余部分已打开。', en: 'The link\'s analysis region "{ref}" is not in the data and was not loaded; the rest of the link is open.' },
  linkRegion: { zh: '链接中的区域', en: 'Region from the link' },
  linkRegionSimplified: { zh: '链接中的区域已简化（容差约 {m} m），以使链接不超过 8,000 个字符。', en: 'The link holds a simplified region (tolerance about {m} m) to stay under 8,000 characters.' },
  linkRegionTooLarge: { zh: '区域过于复杂（{n} 个字符），未写入链接：链接打开时没有分析区域。可保存区域或导出 GeoJSON 分享。', en: 'The region is too detailed for the link ({n} characters) and is left out: the link opens without it. Save the region or export GeoJSON to share it.' },
} as const satisfies Record<string, Bilingual>;
