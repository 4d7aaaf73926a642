#!/usr/bin/env node
// bichig-convert: Menksoft (PUA) Mongolian → Unicode (see packages/core/src/cli/convert-cli.ts). Runs the built dist.
import { main } from '../dist/cli/convert-cli.js';

process.exitCode = await main(process.argv.slice(2));
