// A signer whose chain is one line (`TM. BAN CHỈ ĐẠO` / `TRƯỞNG BAN`) can be said in the format's original
// fields too. Writing both lets an app that predates the 2026-11-27 additions print the same block (it
// ignores `chain`), and a reader that knows `chain` ignores `authority`/`authorityBody` when both are there.
// Longer chains have no equivalent in the old fields, so they are written as `chain` alone.
import type { OfficialDocument, Signer } from '../../shared/exchange';

export function withVersionOneAuthority(signer: Signer): Signer {
  const only = signer.chain?.length === 1 ? signer.chain[0] : undefined;
  if (!only || signer.authority) return signer;
  return { ...signer, authority: only.authority, authorityBody: only.body };
}

export function withVersionOneSigners<T extends Pick<OfficialDocument, 'signers'>>(doc: T): T {
  return doc.signers ? { ...doc, signers: doc.signers.map(withVersionOneAuthority) } : doc;
}
