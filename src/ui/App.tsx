/**
 * The atlas page's layout: header, messages, and once the data is there the left column, the map
 * and the side panel. State lives in the UI store (./store.ts), the user's kept work in its
 * context (./workContext.ts); what a choice does lives in ./navigation.ts and the panels.
 */
import { Header } from './Header';
import { LeftPanel } from './LeftPanel';
import { MapArea } from './MapArea';
import { Notices } from './Notices';
import { SidePanel } from './SidePanel';
import { getUi, setUi, useData, useUiPick } from './store';
import { useFullSearchIndex, useLoadData, useMapLayers, useUrlSync, useUserLayerSync } from './usePage';
import { useKeptWork } from './useKeptWork';
import { WorkContext } from './workContext';

const notify = (notice: string) => setUi({ notice });
const showImport = () => setUi({ tab: 'data' });
const flyTo = (b: [number, number, number, number]) => getUi().ctl?.flyToBounds(b);

export function App() {
  const { lang, presenting } = useUiPick('lang', 'presenting');
  const data = useData();
  const work = useKeptWork({ lang, notify, onImportStart: showImport, flyTo });
  useLoadData();
  useUrlSync();
  useUserLayerSync(work.userLayers);
  const layers = useMapLayers(work.userLayers);
  const index = useFullSearchIndex(work.userLayers);

  return (
    <WorkContext.Provider value={work}>
      <div className={`app${presenting !== null ? ' presenting' : ''}`}>
        <Header layers={layers} index={index} saving={work.kept.saving} />
        <Notices />
        {data ? (
          <main>
            <LeftPanel data={data} layers={layers} />
            <MapArea data={data} layers={layers} />
            <SidePanel data={data} />
          </main>
        ) : null}
      </div>
    </WorkContext.Provider>
  );
}
