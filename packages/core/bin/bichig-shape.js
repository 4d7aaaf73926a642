#!/usr/bin/env node
// bichig-shape: shape text like hb-shape (see packages/core/src/cli/shape-cli.ts). Runs the built dist.
import { main } from '../dist/cli/shape-cli.js';

process.exitCode = await main(process.argv.slice(2));
