/**
 * Keeps a set of MapLibre style layers equal to a list of specs with as few style calls as it
 * can: a missing layer is added, a changed filter, paint or layout property is set, and the layers
 * are moved only when their order changed. A spec that changes a property's kind (MapLibre
 * failed drawing a line whose `line-dasharray` went from constant to per-feature) comes under another id. Used for the special-area layers (./areaLayers.ts) and
 * the project layers (./projectLayers.ts), which React re-specifies on every change.
 */
import type { FilterSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';

type Spec = LayerSpecification & { filter?: FilterSpecification; paint?: object; layout?: object };

export class LayerSync {
  /** layer id → the spec last sent, as JSON */
  private applied = new Map<string, string>();
  private order = '';

  /**
   * Make the style hold `specs`, bottom first, each below `beforeId` (a layer of the style); a
   * layer this sync added before that `specs` no longer holds is removed. Every source a spec names must exist.
   */
  apply(map: MlMap, specs: readonly Spec[], beforeId: string): void {
    const wanted = new Set(specs.map((s) => s.id));
    for (const id of [...this.applied.keys()]) {
      if (wanted.has(id)) continue;
      if (map.getLayer(id)) map.removeLayer(id);
      this.applied.delete(id);
    }
    for (const spec of specs) {
      const key = JSON.stringify(spec);
      if (!map.getLayer(spec.id)) {
        map.addLayer(spec, beforeId);
        this.applied.set(spec.id, key);
        continue;
      }
      if (this.applied.get(spec.id) === key) continue;
      const before = JSON.parse(this.applied.get(spec.id) ?? '{}') as Partial<Spec>;
      if (JSON.stringify(before.filter) !== JSON.stringify(spec.filter)) map.setFilter(spec.id, spec.filter ?? null);
      const was = (before.paint ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(spec.paint ?? {})) if (JSON.stringify(was[k]) !== JSON.stringify(v)) map.setPaintProperty(spec.id, k, v);
      // a property the new spec leaves out goes back to its default
      for (const k of Object.keys(was)) if (!(k in (spec.paint ?? {}))) map.setPaintProperty(spec.id, k, undefined);
      const wasLayout = (before.layout ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(spec.layout ?? {})) if (JSON.stringify(wasLayout[k]) !== JSON.stringify(v)) map.setLayoutProperty(spec.id, k, v);
      this.applied.set(spec.id, key);
    }
    const order = specs.map((s) => s.id).join();
    if (order !== this.order) {
      for (const spec of specs) map.moveLayer(spec.id, beforeId);
      this.order = order;
    }
  }

  /** Record `specs` as what the style holds (a style built with them, e.g. after a language switch). */
  remember(specs: readonly Spec[]): void {
    this.applied = new Map(specs.map((s) => [s.id, JSON.stringify(s)]));
    this.order = specs.map((s) => s.id).join();
  }

  /** Forget everything: the style was replaced and holds none of the layers. */
  reset(): void {
    this.applied.clear();
    this.order = '';
  }
}
