/**
 * The side panel: its tab bar and the tab shown. The analysis tab stays mounted once opened (its
 * drawing and worker survive tab switches); the others mount when shown.
 */
import { lazy, Suspense } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { resolveSelection } from '../state/selection';
import { DetailPanel } from './DetailPanel';
import { DocumentPanel } from './DocumentPanel';
import { t } from './i18n';
import { IndicatorsPanel } from './IndicatorsPanel';
import { PovertyIndicator } from './PovertyIndicator';
import { analyseRegion, followPlanLink, selectRecords } from './navigation';
import { getUi, setUi, useUiPick, type Tab } from './store';
import { useWork } from './workContext';

// the analysis tab's code (coverage report, region list, union of areas, exports) loads when the tab is first opened
const AnalysisPanel = lazy(() => import('./AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));

// the views and data tabs (import, project files, report downloads) load when first shown
const DataTab = lazy(() => import('./KeptTabs').then((m) => ({ default: m.DataTab })));
const ViewsTab = lazy(() => import('./KeptTabs').then((m) => ({ default: m.ViewsTab })));

const closeDetail = () => getUi().dispatch({ type: 'select', selection: { kind: 'none' } });

export function SidePanel({ data }: { data: AtlasData }) {
  const { lang, tab, selection: selectionId, focusIndicator, analysisOpened, year } = useUiPick('lang', 'tab', 'selection', 'focusIndicator', 'analysisOpened', 'year');
  const { views, userLayers } = useWork();
  // resolved here, where it is drawn: the store keeps ids
  const selection = resolveSelection(data, userLayers, selectionId);
  const cited = selection.kind === 'record' ? selection.record.properties.citation : selection.kind === 'area' ? (data.areas.find((a) => a.id === selection.feature.properties.areaId)?.citation ?? null) : null;
  const tabButton = (id: Tab, label: string, testId?: string) => (
    <button role="tab" aria-selected={tab === id} onClick={() => setUi(id === 'analysis' ? { tab: id, analysisOpened: true } : { tab: id })} data-testid={testId}>
      {label}
    </button>
  );
  // the first map's data has no citations, sources or delivery yet (src/domain/firstMap.ts): what shows them waits for 'full'
  const full = data.detail === 'full';
  const detailsLoading = (
    <p className="muted" role="status" data-testid="details-loading">
      {t('detailsLoading', lang)}
    </p>
  );
  const analysisLoading = (
    <p className="muted" role="status" data-testid="analysis-loading">
      {t('analysisLoading', lang)}
    </p>
  );
  return (
    <div className="side">
      <div role="tablist" className="tabs">
        {tabButton('detail', t('detailTab', lang))}
        {tabButton('document', t('documentTab', lang), 'tab-document')}
        {tabButton('indicators', `${t('indicatorsTab', lang)} (${data.indicators.length})`, 'tab-indicators')}
        {tabButton('analysis', t('analysisTab', lang), 'tab-analysis')}
        {tabButton('views', `${t('viewsTab', lang)} (${views.length})`, 'tab-views')}
        {tabButton('data', `${t('dataTab', lang)} (${userLayers.length})`, 'tab-data')}
      </div>
      {tab === 'detail' && !full && selection.kind !== 'none' ? <div className="panel">{detailsLoading}</div> : null}
      {tab === 'detail' && (full || selection.kind === 'none') ? <DetailPanel data={data} selection={selection} lang={lang} onClose={closeDetail} onSelectRecord={(id) => selectRecords([id])} onUseRegion={(feature, title) => analyseRegion({ feature, title, origin: 'imported' })} year={year} /> : null}
      {tab === 'document' ? (
        <div className="panel" role="tabpanel">
          {full ? <DocumentPanel data={data} cited={cited} lang={lang} onLink={followPlanLink} /> : detailsLoading}
        </div>
      ) : null}
      {tab === 'indicators' ? (
        <div className="panel" role="tabpanel">
          <PovertyIndicator data={data} lang={lang} />
          <IndicatorsPanel indicators={data.indicators} paragraphs={data.plan.paragraphs} lang={lang} focus={focusIndicator} />
        </div>
      ) : null}
      {analysisOpened ? (
        <div className="panel" role="tabpanel" hidden={tab !== 'analysis'}>
          {/* the analysis always works on the full geometry, never on the first map's coarse copy */}
          {data.detail === 'full' ? (
            <Suspense fallback={analysisLoading}>
              <AnalysisPanel data={data} />
            </Suspense>
          ) : (
            analysisLoading
          )}
        </div>
      ) : null}
      {tab === 'views' || tab === 'data' ? (
        <Suspense fallback={<p className="muted" role="status">{t('panelLoading', lang)}</p>}>{tab === 'views' ? <ViewsTab /> : <DataTab />}</Suspense>
      ) : null}
    </div>
  );
}
