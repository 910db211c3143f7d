// antd's Vietnamese, corrected where it leaves English or abbreviations: the pickers' "OK" and "Th 01"
// (months read "Tháng 1"), a date field's placeholder, the modals' lone "OK", the pager's capitals.
import type { Locale } from 'antd/es/locale';
import viVN from 'antd/es/locale/vi_VN';

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

const datePicker = {
  ...viVN.DatePicker!,
  lang: {
    ...viVN.DatePicker!.lang,
    ok: 'Chọn',
    placeholder: 'Chọn ngày',
    // The header's month button and the month panel: "Tháng 11", not "Th 11".
    shortMonths: MONTHS,
  },
};

export const vietnamese: Locale = {
  ...viVN,
  DatePicker: datePicker,
  Calendar: { ...viVN.Calendar!, lang: { ...viVN.Calendar!.lang, ...datePicker.lang } },
  Modal: { ...viVN.Modal!, justOkText: 'Đồng ý' },
  Pagination: {
    ...viVN.Pagination,
    items_per_page: '/ trang',
    jump_to_confirm: 'Xác nhận',
    prev_page: 'Trang trước',
    next_page: 'Trang sau',
    prev_5: 'Lùi 5 trang',
    next_5: 'Tiến 5 trang',
    prev_3: 'Lùi 3 trang',
    next_3: 'Tiến 3 trang',
    page_size: 'Số dòng mỗi trang',
  },
};
