/**
 * A record's delivery in its details: its state in the slider's year (or as of 2025 in the plan
 * view) and each milestone with its year and source — a page (title and address), a named
 * report, or recollection, marked as such. A record with no known delivery says so.
 */
import type { Delivery, DeliverySource } from '../domain/delivery';
import { LAST_YEAR, stateAtYear } from '../domain/timeline';
import type { Lang } from '../state/atlasState';
import { t, type StringKey } from './i18n';
import { useUiPick } from './store';
import { STATE_LABEL } from './TimeSlider';

const STAGE_LABEL: Record<Delivery['milestones'][number]['stage'], StringKey> = {
  start: 'stageStart',
  'partial-service': 'stagePartial',
  service: 'stageService',
  cancelled: 'stageCancelled',
};

function Source({ s, lang }: { s: DeliverySource; lang: Lang }) {
  if (s.kind === 'page') return <span className="evidence evidence-page" title={s.url}>{s.title} · {s.url}</span>;
  if (s.kind === 'report') return <span className="evidence evidence-derived">{s.title}</span>;
  return <span className="evidence evidence-recollection">{t('sourceRecollection', lang)}{s.note ? `: ${s.note}` : ''}</span>;
}

export function DeliveryFacts({ delivery, lang }: { delivery: Delivery | undefined; lang: Lang }) {
  const { year } = useUiPick('year');
  const y = year ?? LAST_YEAR;
  const state = stateAtYear(delivery, y);
  return (
    <div className="delivery-facts" data-testid="delivery-facts" data-state={state}>
      <p>
        <strong>{t('deliveryStateIn', lang, { year: y })}</strong> {t(STATE_LABEL[state], lang)}
      </p>
      {delivery?.milestones.length ? (
        <ul>
          {[...delivery.milestones].sort((a, b) => a.year - b.year).map((m, i) => (
            <li key={i}>
              {m.year} {t(STAGE_LABEL[m.stage], lang)}
              {m.what ? `（${m.what}）` : ''} — <Source s={m.source} lang={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{delivery ? t('deliveryNoMilestone', lang) : t('deliveryUnknown', lang)}</p>
      )}
      {delivery?.note ? <p className="muted">{delivery.note}</p> : null}
    </div>
  );
}
