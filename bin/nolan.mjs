#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the engine the extension ships is the one the CLI runs.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
