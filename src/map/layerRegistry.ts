/**
 * Compatibility re-export of the layer registry, which lives in src/domain/layers/registry.ts.
 * Only the browser tests (test/e2e/atlas.spec.ts, presenter.spec.ts) still import this path;
 * application code imports the registry from the domain. Remove once those specs move.
 */
export * from '../domain/layers/registry';
