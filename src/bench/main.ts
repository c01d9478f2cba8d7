#!/usr/bin/env node
// Benchmarks (npm run bench): prints one JSON line per benchmark to stdout.
import { benchKernel } from './kernelBench.js';

for (const record of benchKernel()) process.stdout.write(`${JSON.stringify(record)}\n`);
