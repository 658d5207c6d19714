// A thread of calibration.test.ts: runs its share of the trials (calibration-trials.ts) and posts the counts.
import { parentPort, workerData } from 'node:worker_threads';
import { runTrials } from './calibration-trials.js';

const { kind, seed, from, to } = workerData as { kind: string; seed: number; from: number; to: number };
parentPort!.postMessage(await runTrials(kind, seed, from, to));
