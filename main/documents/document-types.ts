// What each document type prints: its name (ô 5a), its abbreviation in the ký hiệu (NĐ 30 Phụ lục III;
// HD 36 per ../shared/format-spec.md §2.4), and the name used in "(Kèm theo … số …)" and in file names.
import type { DocumentType } from '../../shared/exchange';

export interface DocumentTypeFacts {
  /** Tên loại in capitals; null for a công văn (Mẫu 1.5 has none: its trích yếu is the "V/v …" line). */
  typeName: string | null;
  /** Abbreviation in a state ký hiệu (`TB-UBND`); empty for a công văn (`UBND-VX`). */
  stateSymbol: string;
  /** Abbreviation in a Party ký hiệu (`TB/TU`, `CV/TU`). */
  partySymbol: string;
  /** The type named in running text: "(Kèm theo Kế hoạch số …)". */
  inText: string;
  /** Start of the suggested file name. */
  fileShort: string;
}

export const documentTypeFacts: Record<DocumentType, DocumentTypeFacts> = {
  'conclusion-notice': {
    typeName: 'THÔNG BÁO',
    stateSymbol: 'TB',
    partySymbol: 'TB',
    inText: 'Thông báo',
    fileShort: 'TB',
  },
  'coordination-programme': {
    typeName: 'CHƯƠNG TRÌNH',
    stateSymbol: 'CTr',
    partySymbol: 'CTr',
    inText: 'Chương trình',
    fileShort: 'CTr',
  },
  minutes: {
    typeName: 'BIÊN BẢN',
    stateSymbol: 'BB',
    partySymbol: 'BB',
    inText: 'Biên bản',
    fileShort: 'BB',
  },
  // GM is NĐ 30's abbreviation; HD 36/05 gives none for a giấy mời (S11), so the Party one is a setting.
  invitation: {
    typeName: 'GIẤY MỜI',
    stateSymbol: 'GM',
    partySymbol: 'GM',
    inText: 'Giấy mời',
    fileShort: 'GM',
  },
  'official-letter': {
    typeName: null,
    stateSymbol: '',
    partySymbol: 'CV',
    inText: 'Công văn',
    fileShort: 'CV',
  },
  report: { typeName: 'BÁO CÁO', stateSymbol: 'BC', partySymbol: 'BC', inText: 'Báo cáo', fileShort: 'BC' },
  plan: { typeName: 'KẾ HOẠCH', stateSymbol: 'KH', partySymbol: 'KH', inText: 'Kế hoạch', fileShort: 'KH' },
};
