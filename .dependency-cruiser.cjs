/**
 * The layering of src/, checked by `npm run lint:deps` and by test/unit/layering.test.ts:
 *
 *   domain   imports nothing of map, state, ui or workers (types, data, geometry; no DOM)
 *   map      imports only domain (MapLibre, deck.gl, terra-draw adapters)
 *   state    imports only domain (reducer, URL codec, persistence)
 *   workers  import only domain
 *   ui       may import all of them
 *
 * and no module reaches itself through its imports. Type-only imports count
 * (tsPreCompilationDeps): a layer leaning on another's types is leaning on it.
 */
/** Every top-level folder of src/ a layer must not import: all of src/ but its own folder and domain. */
const outside = (...allowed) => ({ path: '^src/', pathNot: `^src/(${allowed.join('|')})/` });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      comment: 'src/domain is the shared model at the bottom: it imports nothing from map, state, ui or workers. Move the shared type into src/domain (e.g. src/domain/model.ts).',
      from: { path: '^src/domain/' },
      to: outside('domain'),
    },
    {
      name: 'map-imports-only-domain',
      severity: 'error',
      comment: 'src/map may import only src/domain (and itself): the panels and the state sit above it.',
      from: { path: '^src/map/' },
      to: outside('domain', 'map'),
    },
    {
      name: 'state-imports-only-domain',
      severity: 'error',
      comment: 'src/state may import only src/domain (and itself): shared types such as the layer registry, Camera and Picked live in src/domain.',
      from: { path: '^src/state/' },
      to: outside('domain', 'state'),
    },
    {
      name: 'workers-import-only-domain',
      severity: 'error',
      comment: 'src/workers may import only src/domain (and themselves).',
      from: { path: '^src/workers/' },
      to: outside('domain', 'workers'),
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module may reach itself through its imports: break the cycle by moving the shared part down or passing it in.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 (the project's compiler) has no JavaScript API, which dependency-cruiser's
    // own TypeScript reader needs (it takes typescript < 7); swc (@swc/core) reads .ts/.tsx,
    // type-only imports included.
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
