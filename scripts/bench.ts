/**
 * `npm run bench`: speed measured as ratios against a baseline run in the same process
 * (indexed analysis vs a naive loop of turf calls; ranked search vs a plain substring scan; the
 * atlas's first map vs a plain MapLibre page with the same basemap).
 * Not part of `npm test`: no wall-clock assertion anywhere.
 */
import { runAnalysisBench } from './bench/analysis';
import { runSearchBench } from './bench/search';
import { runMapBench } from './bench/map';

const which = process.argv[2];
if (!which || which === 'search') await runSearchBench();
if (!which || which === 'analysis') await runAnalysisBench();
if (!which || which === 'map') await runMapBench();
