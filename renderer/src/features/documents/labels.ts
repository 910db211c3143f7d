import type { OfficialDocument } from '../../../../shared/exchange';

export { documentTypeLabels } from '../../../../shared/document-labels';

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
