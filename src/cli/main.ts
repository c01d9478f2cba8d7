#!/usr/bin/env node
// Placeholder entry point; replaced by the yargs command line.
process.stdout.write('frontdoor: not yet built\n');
