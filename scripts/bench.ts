/**
 * `npm run bench`: speed measured as ratios against a baseline run in the same process
 * (indexed analysis vs a naive loop of turf calls; ranked search vs a plain substring scan).
 * Not part of `npm test`: no wall-clock assertion anywhere.
 */
import { runAnalysisBench } from './bench/analysis';
import { runSearchBench } from './bench/search';

const which = process.argv[2];
if (!which || which === 'search') await runSearchBench();
if (!which || which === 'analysis') await runAnalysisBench();
