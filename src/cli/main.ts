#!/usr/bin/env node
import { nodeIo } from './nodeIo.js';
import { runCli } from './runCli.js';

// The only place that touches the process: the exit code is set, never process.exit (it truncates piped output).
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
