/** The saved-views and my-data tabs, wired to the kept work (./workContext.ts) and navigation. */
import type { StoredRegion, StoredReport } from '../state/store/records';
import { exportViews, importViews } from '../state/views';
import { download } from './download';
import { ImportPanel } from './ImportPanel';
import { analyseRegion, currentView, useNavigation } from './navigation';
import { downloadReportZip, reportNames } from './reportDownload';
import { getUi, setUi, useData, useUiPick } from './store';
import { ViewsPanel } from './ViewsPanel';
import { useWork } from './workContext';

export function ViewsTab() {
  const { lang } = useUiPick('lang');
  const work = useWork();
  const nav = useNavigation();
  const { views } = work;
  return (
    <div className="panel" role="tabpanel">
      <ViewsPanel
        views={views}
        lang={lang}
        onAdd={(title, note) => work.view.add({ ...currentView(), title, note })}
        onRename={work.view.rename}
        onMove={(id, d) => void work.view.move(id, d)}
        onDelete={work.view.remove}
        onGo={nav.showView}
        onPresent={nav.present}
        onExport={() => download(new Blob([exportViews(views)], { type: 'application/json' }), 'plan-atlas-views.json')}
        onImport={(file) =>
          void file.text().then(async (text) => {
            const r = await importViews(text);
            if ('error' in r) setUi({ notice: `${file.name}: ${r.error[lang]}` });
            else void work.view.addAll(r.views);
          })
        }
      />
    </div>
  );
}

export function DataTab() {
  const { lang, datum } = useUiPick('lang', 'datum');
  const data = useData();
  const work = useWork();
  const { kept, importer } = work;
  return (
    <div className="panel" role="tabpanel">
      <ImportPanel
        lang={lang}
        layers={work.userLayers}
        regions={kept.lists.regions.map((r) => r.value)}
        reports={kept.lists.reports.map((r) => r.value)}
        progress={importer.progress}
        last={work.lastImport}
        datum={datum}
        onDatum={(d) => setUi({ datum: d })}
        onImport={(f, o) => void work.importFile(f, o)}
        onCancel={importer.cancel}
        onStyle={work.layer.style}
        onRename={work.layer.rename}
        onDelete={work.layer.remove}
        onZoom={(b) => getUi().ctl?.flyToBounds(b)}
        onUseRegion={(r: StoredRegion) => analyseRegion({ feature: r.region, title: r.title, origin: r.origin })}
        onDeleteRegion={work.region.remove}
        onDownloadReport={(r: StoredReport) => data && downloadReportZip(r.report, r.title, reportNames(data, work.userLayers, lang), `plan-atlas-report-${r.id}`)}
        onDeleteReport={work.report.remove}
        onExportProject={() => void work.project.export(download)}
        onImportProject={(f) => void work.project.import(f)}
      />
    </div>
  );
}
