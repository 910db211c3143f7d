// The four reference samples of issue 3, from the demo data (the seed articles): a state conclusion
// notice, a Party conclusion notice, the Party joint programme, a state biên bản. Used by
// scripts/render-samples.ts, the tests and the benchmark.
import { demoExchange, demoIds, demoPartyTermStart } from '../demo/seed-data';
import type { Services } from '../services';
import { generateFromMeeting } from './generate';

export const PROGRAMME_DOCUMENT_ID = '4b691c74-cdb5-57ee-bdcc-9c16341eecf6';

export interface Sample {
  name: string;
  documentId: string;
}

/** Loads the demo into an empty database, issues the Party notice and a generated biên bản, lists the four. */
export function loadReferenceSamples(s: Services): Sample[] {
  s.exchange.import(demoExchange());
  s.register.setDefaultTermStart(demoPartyTermStart);
  const partyNotice = s.documents.issue(demoIds.notice2021, '2021-01-18');
  // The demo meeting names no secretary; a biên bản is issued only with both names (the issuing guard).
  const draft = generateFromMeeting(s, demoIds.meeting2015, 'minutes');
  s.documents.saveDraft({
    ...draft,
    signers: (draft.signers ?? []).map((signer) =>
      signer.personId ? signer : { ...signer, personId: demoIds.caoThiHien },
    ),
  });
  const minutes = s.documents.issue(draft.id, '2015-12-29');
  return [
    { name: '1-state-conclusion-notice', documentId: demoIds.notice2015 },
    { name: '2-party-conclusion-notice', documentId: partyNotice.id },
    { name: '3-party-joint-programme', documentId: PROGRAMME_DOCUMENT_ID },
    { name: '4-state-minutes', documentId: minutes.id },
  ];
}
