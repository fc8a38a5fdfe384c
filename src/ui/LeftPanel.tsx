/** The left column: the layer list (visibility, labels, opacity, order) and the facet filters. */
import type { AtlasData } from '../domain/atlasData';
import type { LayerFeatures } from '../map/featureViews';
import { FilterPanel } from './FilterPanel';
import { LayerPanel } from './LayerPanel';
import { getUi, useUiPick } from './store';

export function LeftPanel({ data, layers }: { data: AtlasData; layers: LayerFeatures[] }) {
  const { lang, visible, labels, opacity, order, filters, dispatch } = useUiPick('lang', 'visible', 'labels', 'opacity', 'order', 'filters', 'dispatch');
  return (
    <div className="left">
      <LayerPanel
        layers={layers}
        visible={visible}
        lang={lang}
        onToggle={(id) => dispatch({ type: 'toggle-layer', id })}
        labels={labels}
        onToggleLabels={() => dispatch({ type: 'toggle-labels' })}
        opacity={opacity}
        onOpacity={(id, o) => dispatch({ type: 'set-opacity', id, opacity: o })}
        order={order}
        onMove={(id, delta) => dispatch({ type: 'move-layer', id, delta })}
      />
      <FilterPanel data={data} filters={filters} lang={lang} onToggle={(facet, value) => dispatch({ type: 'toggle-filter', facet, value })} onClear={() => dispatch({ type: 'clear-filters' })}
        onShowLayers={(ids) => dispatch({ type: 'show-layers', ids })}
        onZoom={(b) => getUi().ctl?.flyToBounds(b)}
      />
    </div>
  );
}
