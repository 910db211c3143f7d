// The CSP forbids eval, so zod can never compile its validators with `new Function` here. Zod finds
// that out by trying once, when the first object schema is built, and Chromium reports the refused try
// as a CSP violation. Telling zod the answer beforehand keeps exactly that behaviour without the try.
// (`config({ jitless: true })` also skips it, but made the editor of a long biên bản too slow in the
// browser tests.) Imported first by main.tsx, before any schema of shared/ exists.
import { util } from 'zod/v4/core';

Object.defineProperty(util.allowsEval, 'value', { value: false });
