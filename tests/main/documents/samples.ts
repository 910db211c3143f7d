// The four reference samples as DOCX bytes, read back for element-by-element assertions.
import { exportDocx } from '../../../main/documents';
import { loadReferenceSamples } from '../../../main/documents/samples';
import type { Services } from '../../../main/services';
import { readDocx, type DocxView } from './docx-reader';

export type SampleViews = Record<'stateNotice' | 'partyNotice' | 'partyProgramme' | 'stateMinutes', DocxView>;

export async function sampleViews(s: Services): Promise<SampleViews> {
  const [stateNotice, partyNotice, partyProgramme, stateMinutes] = loadReferenceSamples(s);
  const view = async (id: string) => readDocx(await exportDocx(s.ctx, id));
  return {
    stateNotice: await view(stateNotice!.documentId),
    partyNotice: await view(partyNotice!.documentId),
    partyProgramme: await view(partyProgramme!.documentId),
    stateMinutes: await view(stateMinutes!.documentId),
  };
}
