// Words of a provincial office's meetings, for generated test and benchmark data. Phrases are drawn
// with Zipf frequencies (the first ones are the commonest), so the generated minutes have common
// words, rare words and real two-word phrases the way real minutes do.

/** Items separated by `|` (one list per template string keeps the file short). */
const list = (text: string): string[] =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** Function words, drawn between phrases (the commonest words of any Vietnamese text). */
export const FUNCTION_WORDS = list(`
  và | của | các | những | trong | đã | được | với | cho | là | có | theo | về | để | tại | này |
  đó | từ | trên | đến | cần | phải | đề nghị | tiếp tục | nhằm | đồng thời | bên cạnh đó |
  tuy nhiên | trong đó | cùng với | đối với | nhất là | kịp thời | cụ thể
`);

/** Administrative phrases, commonest first. */
export const PHRASES = list(`
  công tác | nhiệm vụ | tỉnh | thực hiện | triển khai | kết quả | đơn vị | địa phương | cán bộ |
  chỉ đạo | kế hoạch | phát triển | kinh tế - xã hội | Ủy ban nhân dân | sở, ngành | năm |
  tháng | quý | chương trình | đề án | dự án | nghị quyết | kết luận | báo cáo |
  cải cách hành chính | chuyển đổi số | đầu tư công | giải ngân | ngân sách | thu ngân sách |
  an ninh trật tự | quốc phòng | xây dựng Đảng | hệ thống chính trị | tổ chức bộ máy |
  tinh giản biên chế | đào tạo | bồi dưỡng | nâng cao chất lượng | hiệu quả | hiệu lực |
  quản lý nhà nước | phối hợp | kiểm tra | giám sát | thanh tra | giải quyết khiếu nại | tố cáo |
  tiếp công dân | phòng, chống tham nhũng | lãng phí | tiêu cực | thực hành tiết kiệm |
  nông nghiệp | nông thôn mới | xây dựng nông thôn mới | giảm nghèo | bền vững | an sinh xã hội |
  giáo dục | đào tạo nghề | y tế | chăm sóc sức khỏe nhân dân | văn hóa | thể thao | du lịch |
  môi trường | tài nguyên | đất đai | giải phóng mặt bằng | bồi thường | tái định cư |
  quy hoạch | kết cấu hạ tầng | giao thông | thủy lợi | đê điều | phòng chống thiên tai |
  tìm kiếm cứu nạn | công nghiệp | thương mại | dịch vụ | xuất khẩu | doanh nghiệp | hợp tác xã |
  thu hút đầu tư | môi trường đầu tư | năng lực cạnh tranh | khoa học | công nghệ |
  đổi mới sáng tạo | thông tin | truyền thông | báo chí | tuyên truyền | dân vận |
  mặt trận Tổ quốc | đoàn thể | thanh niên | phụ nữ | cựu chiến binh | nông dân | công đoàn |
  lao động | việc làm | người có công | bảo hiểm xã hội | bảo hiểm y tế | dân tộc | tôn giáo |
  miền núi | vùng sâu, vùng xa | biên giới | hội nhập quốc tế | đối ngoại | ngoại vụ | tư pháp |
  pháp chế | văn bản quy phạm pháp luật | thủ tục hành chính | dịch vụ công trực tuyến |
  một cửa | liên thông | chính quyền điện tử | chính quyền số | cơ sở dữ liệu | hạ tầng số |
  kinh tế số | xã hội số | chữ ký số | văn bản điện tử | tiến độ | chậm tiến độ | vướng mắc |
  khó khăn | tồn tại | hạn chế | nguyên nhân | giải pháp | trách nhiệm | người đứng đầu |
  kỷ luật | kỷ cương | hành chính | thi đua | khen thưởng | sơ kết | tổng kết | đánh giá |
  rút kinh nghiệm | định hướng | mục tiêu | chỉ tiêu | tăng trưởng | tổng sản phẩm |
  thu nhập bình quân | cơ cấu kinh tế | chuyển dịch | sản xuất | tiêu thụ | vụ Xuân | vụ Hè Thu |
  chăn nuôi | dịch bệnh | thủy sản | lâm nghiệp | trồng rừng | khai thác khoáng sản |
  an toàn thực phẩm | an toàn giao thông | phòng cháy chữa cháy | trật tự đô thị |
  xây dựng cơ bản | nợ đọng | quyết toán | thẩm định | phê duyệt | chủ trương đầu tư |
  nhà đầu tư | khu công nghiệp | khu kinh tế | cụm công nghiệp | hòa giải | hòa nhập | hòa bình |
  hòa hợp | văn hoá | thuỷ lợi | uỷ ban | Ủy ban Mặt trận | Ban Thường vụ | Ban Chấp hành |
  Thường trực | Hội đồng nhân dân | đại biểu | kỳ họp | chất vấn | giải trình | kiến nghị |
  cử tri | tiếp xúc cử tri | đại hội | nhiệm kỳ | quy chế | quy định | hướng dẫn | công văn |
  tờ trình | thông báo | biên bản
`);

/** Family names, commonest first. */
export const FAMILY_NAMES = list(`
  Nguyễn | Trần | Lê | Phạm | Hoàng | Phan | Võ | Đặng | Bùi | Đỗ | Hồ | Ngô | Dương | Lý |
  Thái | Đinh | Cao | Lương | Chu | Hà | Tăng | Lưu | Kha | Vi | Lô | Lang | Quang | Ngân
`);
export const MIDDLE_NAMES = list(`
  Văn | Thị | Đức | Hữu | Minh | Quang | Thanh | Xuân | Ngọc | Hồng | Anh | Đình | Công | Bá |
  Trọng | Khắc | Thế | Kim | Thu | Hải | Viết | Sỹ | Nam | Tiến
`);
export const GIVEN_NAMES = list(`
  Trung | Hùng | Dũng | Lan | Hoa | Hòa | Bình | Thắng | Long | Hải | Sơn | Tuấn | Hương | Nam |
  Phong | Quân | Thành | Đức | Hiếu | Lộc | Vinh | Thủy | Hạnh | Hằng | Tâm | Thảo | Chiến |
  Cường | Khánh | Linh | Mai | Nga | Phúc | Quý | Tài | Tú | Uyên | Việt | Xuân | Yến | Đạt |
  Điệp | Giang | Hà | Kiên | Luận | Nghĩa | Thông | Toàn | Tùng | Huy | Khoa
`);

/** Districts and towns of Nghệ An (where meetings happen and minutes refer to). */
export const DISTRICTS = list(`
  thành phố Vinh | thị xã Cửa Lò | thị xã Thái Hòa | thị xã Hoàng Mai | Đô Lương | Nam Đàn |
  Quỳnh Lưu | Diễn Châu | Yên Thành | Hưng Nguyên | Nghi Lộc | Thanh Chương | Anh Sơn |
  Con Cuông | Tương Dương | Kỳ Sơn | Quế Phong | Quỳ Châu | Quỳ Hợp | Nghĩa Đàn | Tân Kỳ
`);

/** Syllables for the long tail of rare words (names of communes, projects, places). */
export const ONSETS = [
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
export const RIMES = list(`
  a | à | ạ | an | ang | ành | ao | ắc | ân | ất | ầu | e | ê | ền | i | ích | iên | iềng | o |
  oa | oà | oài | oan | ô | ồng | ơ | ời | u | ùng | uy | uỷ | uyên | ư | ương | ưởng | ữu
`);

/** Positions held on the day of a meeting. */
export const POSITIONS = list(`
  Giám đốc | Phó Giám đốc | Chánh Văn phòng | Phó Chánh Văn phòng | Trưởng phòng |
  Phó Trưởng phòng | Chuyên viên | Chủ tịch | Phó Chủ tịch | Bí thư | Phó Bí thư | Trưởng ban |
  Phó Trưởng ban | Chánh Thanh tra | Ủy viên Ban Thường vụ | Tỉnh ủy viên
`);

/** Bodies of the province: name, symbol, family. */
export const BODIES: [string, string, 'state' | 'party'][] = [
  ['Tỉnh ủy Nghệ An', 'TU', 'party'],
  ['Ủy ban nhân dân tỉnh Nghệ An', 'UBND', 'state'],
  ['Văn phòng Ủy ban nhân dân tỉnh', 'VPUB', 'state'],
  ['Văn phòng Tỉnh ủy', 'VPTU', 'party'],
  ['Đảng ủy Khối các cơ quan tỉnh', 'ĐUK', 'party'],
  ['Ban Tổ chức Tỉnh ủy', 'BTCTU', 'party'],
  ['Ban Tuyên giáo Tỉnh ủy', 'BTGTU', 'party'],
  ['Ban Dân vận Tỉnh ủy', 'BDVTU', 'party'],
  ['Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU', 'party'],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT', 'state'],
  ['Sở Tài chính', 'STC', 'state'],
  ['Sở Nội vụ', 'SNV', 'state'],
  ['Sở Tư pháp', 'STP', 'state'],
  ['Sở Xây dựng', 'SXD', 'state'],
  ['Sở Giao thông vận tải', 'SGTVT', 'state'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT', 'state'],
  ['Sở Tài nguyên và Môi trường', 'STNMT', 'state'],
  ['Sở Công Thương', 'SCT', 'state'],
  ['Sở Khoa học và Công nghệ', 'SKHCN', 'state'],
  ['Sở Thông tin và Truyền thông', 'STTTT', 'state'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT', 'state'],
  ['Sở Y tế', 'SYT', 'state'],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', 'state'],
  ['Sở Văn hóa và Thể thao', 'SVHTT', 'state'],
  ['Sở Du lịch', 'SDL', 'state'],
  ['Sở Ngoại vụ', 'SNgV', 'state'],
  ['Thanh tra tỉnh', 'TTr', 'state'],
  ['Ban Dân tộc tỉnh', 'BDT', 'state'],
  ['Ban Quản lý Khu kinh tế Đông Nam', 'BQLKKT', 'state'],
  ['Công an tỉnh', 'CAT', 'state'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'BCHQS', 'state'],
  ['Cục Thuế tỉnh', 'CT', 'state'],
  ['Kho bạc Nhà nước tỉnh', 'KBNN', 'state'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'MTTQ', 'party'],
  ['Tỉnh đoàn Nghệ An', 'TĐ', 'party'],
  ['Hội Liên hiệp Phụ nữ tỉnh', 'HLHPN', 'party'],
  ['Hội Nông dân tỉnh', 'HND', 'party'],
  ['Liên đoàn Lao động tỉnh', 'LĐLĐ', 'party'],
];

export const MEETING_OPENERS: [string, 'hoi-nghi' | 'cuoc-hop' | 'buoi-lam-viec' | 'phien-hop'][] = [
  ['Hội nghị', 'hoi-nghi'],
  ['Cuộc họp', 'cuoc-hop'],
  ['Buổi làm việc', 'buoi-lam-viec'],
  ['Phiên họp', 'phien-hop'],
  ['Hội nghị giao ban', 'hoi-nghi'],
  ['Cuộc họp nghe báo cáo', 'cuoc-hop'],
];
