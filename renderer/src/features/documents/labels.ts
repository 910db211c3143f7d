import type { DocumentType, OfficialDocument } from '../../../../shared/exchange';

export const documentTypeLabels: Record<DocumentType, string> = {
  'conclusion-notice': 'Thông báo kết luận',
  'coordination-programme': 'Chương trình phối hợp',
  minutes: 'Biên bản',
  invitation: 'Giấy mời',
  'official-letter': 'Công văn',
  report: 'Báo cáo',
  plan: 'Kế hoạch',
};

export const urgencyLabels: Record<NonNullable<OfficialDocument['urgency']>, string> = {
  khan: 'Khẩn',
  'thuong-khan': 'Thượng khẩn',
  'hoa-toc': 'Hỏa tốc',
};

export const confidentialityLabels: Record<NonNullable<OfficialDocument['confidentiality']>, string> = {
  mat: 'Mật',
  'toi-mat': 'Tối mật',
  'tuyet-mat': 'Tuyệt mật',
};
