// "Số dự kiến": what the register would print for a document (its next number, or one chosen), asked
// from main once the fields have settled; for an issued document, its own number as printed.
import { useCallback, useMemo } from 'react';
import { todayVietnam } from '../../../../shared/datetime';
import type { NumberPreview } from '../../../../shared/document-number';
import type { DocumentType } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad, type Loaded } from '../../lib/useLoad';

export interface SeriesFields {
  issuerIds: string[];
  type: DocumentType;
  symbol?: string | null | undefined;
  number?: number | null | undefined;
  issuedOn?: string | null | undefined;
}

/** Null while the document has no issuer (nothing to number yet). */
export function useNumberPreview(fields: SeriesFields): Loaded<NumberPreview> | null {
  const key = JSON.stringify([
    fields.issuerIds,
    fields.type,
    fields.symbol?.trim() ?? '',
    fields.number ?? null,
    fields.issuedOn || todayVietnam(),
  ]);
  const settled = useDebounced(key, 300);
  const load = useCallback(() => {
    const [issuerIds, type, symbol, number, issuedOn] = JSON.parse(settled) as [
      string[],
      DocumentType,
      string,
      number | null,
      string,
    ];
    if (issuerIds.length === 0) return Promise.resolve(null);
    return invoke('register.preview', {
      issuerIds,
      type,
      issuedOn,
      ...(symbol ? { symbol } : {}),
      ...(number ? { number } : {}),
    });
  }, [settled]);
  const [loaded] = useLoad(load);
  return useMemo(() => {
    if (loaded.state !== 'ready') return loaded;
    return loaded.value === null ? null : { state: 'ready', value: loaded.value };
  }, [loaded]);
}
