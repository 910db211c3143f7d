// Loads the demo data (CLI `demo`, and "Nạp dữ liệu mẫu" on the first-run welcome).
import type { ImportReport } from '../exchange/import';
import { DEFAULT_PARTY_TERM_KEY } from '../services/register';
import type { Services } from '../services';
import { demoExchange, demoPartyTermStart } from './seed-data';

export function loadDemo(s: Services): ImportReport {
  const report = s.exchange.import(demoExchange());
  if (s.ctx.repos.settings.get(DEFAULT_PARTY_TERM_KEY) === undefined)
    s.register.setDefaultTermStart(demoPartyTermStart);
  return report;
}
