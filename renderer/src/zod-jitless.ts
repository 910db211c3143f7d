// Zod probes with `new Function` whether it may compile validators, when the first object schema is
// built; the CSP forbids eval and Chromium reports the refused probe as a violation. Imported first by
// main.tsx, so no schema exists yet: without JIT, nothing is probed.
import { config } from 'zod';

config({ jitless: true });
