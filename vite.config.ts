import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy every page of the atlas runs under (a <meta> in index.html):
 * scripts only from the atlas's own files (no inline script, no eval), connections only to its
 * own origin — `data:`/`blob:` are in-page bytes (deck.gl loads its icon atlas from data: URLs,
 * imports read File blobs), not connections — workers from own files or blob: (MapLibre starts
 * its worker from a blob), no plugins, no <base>, no form posts. The dev server also allows
 * inline <style>, which is how Vite injects CSS while developing; the build links a CSS file.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self' data: blob:",
    "img-src 'self' data: blob:",
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const csp = (): Plugin => ({
  name: 'plan-atlas-csp',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(!!ctx.server)}" />`),
  },
});

export default defineConfig({
  plugins: [csp()],
  // the import worker's readers, pre-bundled at dev start (else the first drop reloads the page)
  optimizeDeps: { include: ['papaparse', 'read-excel-file/universal', '@tmcw/togeojson', '@xmldom/xmldom', 'shpjs', 'gcoord', 'topojson-client', 'fflate', '@turf/rewind', '@turf/simplify', '@turf/unkink-polygon'] },
  build: {
    chunkSizeWarningLimit: 3000,
    sourcemap: false,
    // vendor chunks (Vite 8 / Rolldown: output.codeSplitting replaces Rollup's manualChunks): the
    // map libraries change far less often than the app, so a new release re-downloads only the app
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
            { name: 'deckgl', test: /[\\/]node_modules[\\/](@deck\.gl|@luma\.gl|@loaders\.gl|@math\.gl|@probe\.gl)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
