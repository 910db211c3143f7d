// Demo data built from the seed news articles about Nghệ An (../shared/seeds). Facts come from the
// articles; times of day, places and documents the articles do not give are illustrative.
import example from '../../resources/demo/exchange-2019-programme.json' with { type: 'json' };
import { heading, paragraphs } from './rich';

export const demoIds = {
  tinhUy: 'c994e458-3f33-51d8-bd92-b420670d73cd',
  ubnd: 'b8df1a3a-38b5-5a5e-9987-b869b531f910',
  bcsd: 'e239c96a-3f5b-52e2-a810-cda57b0b7369',
  duk: '6e5c8754-2cec-5add-9030-ec6f126aeecd',
  vpub: '81a8efde-f061-5bf6-b9c7-86a157641c2a',
  hdnd: '945e02a5-b0f6-51c3-a447-47a145e29273',
  nguyenNamDinh: '62f93593-61af-5967-8124-acf385cbd025',
  nguyenXuanDuong: '72e721e3-6644-5489-888e-481461051533',
  nguyenThiThuHuong: '43da0b78-7a79-5bde-b689-623ee23db2f3',
  leDinhSon: '750bf072-962f-5bf6-bc91-bb46ee42cc4a',
  nguyenDucTrung: 'd6b5818f-8abe-5a20-9449-b4edc49fa51a',
  caoThiHien: 'b65e7233-5892-5fb4-ab1c-593417beb795',
  hoangVanNhien: '19952dcc-a36e-571d-bede-72411d403cfb',
  leThiHongKhanh: '592b3262-ef8c-57ae-8a71-9f33910d86b9',
  meeting2015: '44d7b3a2-ac58-5a80-b789-7145f7e38592',
  meeting2018: 'a39d8dc8-6be6-5b9d-aed1-bf79581394c8',
  meeting2021: 'f66395f9-cc5d-5017-a6f7-72f657ac47c8',
  notice2015: 'f75efdd3-c518-53d9-babf-9e1039c818ca',
  notice2021: '5b9d409d-bece-5edd-9d92-386aea18d1fa',
} as const;

/** Start of the Party committees' 2020–2025 term, for numbering demo Party documents (illustrative date). */
export const demoPartyTermStart = '2020-10-15';

const stamp = '2026-11-22T09:00:00+07:00';
const ids = demoIds;

const organizations = [
  {
    id: ids.vpub,
    updatedAt: stamp,
    name: 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An',
    headerLines: ['VĂN PHÒNG'],
    parentId: ids.ubnd,
    symbol: 'VPUB',
    family: 'state',
    place: 'Nghệ An',
  },
  {
    id: ids.hdnd,
    updatedAt: stamp,
    name: 'Hội đồng nhân dân tỉnh Nghệ An',
    headerLines: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH NGHỆ AN'],
    parentId: null,
    symbol: 'HĐND',
    family: 'state',
    place: 'Nghệ An',
  },
];

const person = (id: string, fullName: string, gender: 'male' | 'female') => ({
  id,
  updatedAt: stamp,
  fullName,
  gender,
});
const people = [
  person(ids.nguyenXuanDuong, 'Nguyễn Xuân Đường', 'male'),
  person(ids.nguyenThiThuHuong, 'Nguyễn Thị Thu Hường', 'female'),
  person(ids.leDinhSon, 'Lê Đình Sơn', 'male'),
  person(ids.nguyenDucTrung, 'Nguyễn Đức Trung', 'male'),
  person(ids.caoThiHien, 'Cao Thị Hiền', 'female'),
  person(ids.hoangVanNhien, 'Hoàng Văn Nhiên', 'male'),
  person(ids.leThiHongKhanh, 'Lê Thị Hồng Khanh', 'female'),
];

const meeting2015 = {
  id: ids.meeting2015,
  updatedAt: stamp,
  title:
    'Hội nghị tổng kết công tác Đảng, chuyên môn, đoàn thể năm 2015 và triển khai nhiệm vụ năm 2016 của Văn phòng UBND tỉnh',
  kind: 'hoi-nghi',
  startsAt: '2015-12-29T14:00:00+07:00',
  endsAt: '2015-12-29T17:00:00+07:00',
  location: 'Hội trường Văn phòng UBND tỉnh Nghệ An',
  organizerIds: [ids.vpub],
  attendees: [
    {
      personId: ids.leDinhSon,
      role: 'chair',
      position: 'Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      organizationId: ids.ubnd,
    },
  ],
  attendeeGroups: ['Các đồng chí Phó Chủ tịch UBND tỉnh', 'Đại diện Đảng ủy Khối các cơ quan tỉnh'],
  minutes: {
    type: 'doc',
    content: [
      heading('I. KẾT QUẢ NĂM 2015'),
      ...paragraphs(
        'Văn phòng UBND tỉnh đã thực hiện tốt công tác tham mưu cho UBND tỉnh ban hành, đôn đốc, chỉ đạo các sở, ban, ngành, địa phương triển khai nhiệm vụ kế hoạch phát triển kinh tế - xã hội.',
        'Triển khai nghiêm túc công tác cải cách hành chính; giảm 24% thủ tục hồ sơ không chính thức, góp phần nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.',
      ).content!,
      heading('II. Ý KIẾN CHỈ ĐẠO'),
      ...paragraphs(
        'Đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh biểu dương kết quả đạt được và chỉ rõ hạn chế: công tác tham mưu có lúc còn bị động; việc kiểm tra, đôn đốc thực hiện các thông báo, ý kiến chỉ đạo của UBND tỉnh còn hạn chế.',
      ).content!,
    ],
  },
  conclusions: [
    {
      id: 'd1c92214-aabb-55d2-8ac9-c880af008878',
      updatedAt: stamp,
      order: 1,
      kind: 'assessment',
      text: paragraphs(
        'Văn phòng UBND tỉnh đã thực hiện tốt công tác tham mưu, phục vụ sự lãnh đạo, chỉ đạo của Tỉnh ủy, HĐND, UBND tỉnh; tuy nhiên công tác tham mưu có lúc còn bị động, việc áp dụng công nghệ thông tin vào quản lý, điều hành chưa ngang tầm.',
      ),
    },
    {
      id: '3697c7e8-51fe-5b56-a8c7-3e1b5b70900e',
      updatedAt: stamp,
      order: 2,
      kind: 'task',
      text: paragraphs(
        'Cụ thể hóa các Nghị quyết của HĐND tỉnh, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII thành chương trình hành động của Văn phòng.',
      ),
      assignees: [{ organizationId: ids.vpub, role: 'lead' }],
      dueDate: '2016-03-31',
      status: 'done',
      progress: [{ date: '2016-03-25', note: 'Đã ban hành chương trình hành động.' }],
    },
    {
      id: '614a328b-9bd6-51c9-b891-7f0ab89c8250',
      updatedAt: stamp,
      order: 3,
      kind: 'task',
      text: paragraphs(
        'Tiếp tục cải cách hành chính mạnh mẽ; nắm bắt khó khăn, vướng mắc ở cơ sở, doanh nghiệp để kịp thời tham mưu lãnh đạo UBND tỉnh giải quyết.',
      ),
      assignees: [{ organizationId: ids.vpub, role: 'lead' }],
      dueDate: '2016-12-31',
      status: 'in-progress',
      progress: [],
    },
  ],
};

const meeting2018 = {
  id: ids.meeting2018,
  updatedAt: stamp,
  title:
    'Hội nghị đánh giá kết quả phối hợp công tác năm 2017 giữa Ban cán sự đảng UBND tỉnh và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, thảo luận chương trình phối hợp năm 2018',
  kind: 'hoi-nghi',
  startsAt: '2018-02-07T08:00:00+07:00',
  location: 'Trụ sở UBND tỉnh Nghệ An',
  organizerIds: [ids.bcsd, ids.duk],
  attendees: [
    {
      personId: ids.nguyenXuanDuong,
      role: 'chair',
      position: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Bí thư Ban cán sự đảng UBND tỉnh',
      organizationId: ids.bcsd,
    },
    {
      personId: ids.nguyenThiThuHuong,
      role: 'co-chair',
      position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh',
      organizationId: ids.duk,
    },
  ],
  attendeeGroups: [
    'Các đồng chí ủy viên Ban cán sự đảng UBND tỉnh',
    'Các đồng chí trong Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh',
  ],
  minutes: paragraphs(
    'Hai bên đánh giá kết quả phối hợp năm 2017: 27/27 chỉ tiêu phát triển kinh tế - xã hội của tỉnh đều đạt (8 chỉ tiêu vượt kế hoạch); tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 8,25%.',
    'Hai bên thảo luận nội dung chương trình phối hợp năm 2018.',
  ),
  conclusions: [
    {
      id: '175719cb-a936-552c-83f6-c33158da8ceb',
      updatedAt: stamp,
      order: 1,
      kind: 'assessment',
      text: paragraphs(
        'Với sự chỉ đạo, điều hành quyết liệt của UBND tỉnh, Ban Thường vụ Đảng ủy Khối và sự tham mưu tích cực của các sở, ban, ngành, kinh tế - xã hội của tỉnh năm 2017 có chuyển biến rõ nét trên các lĩnh vực.',
      ),
    },
    {
      id: 'f29e5a75-a0e7-5cf1-996a-58c2e84ce55d',
      updatedAt: stamp,
      order: 2,
      kind: 'direction',
      text: paragraphs(
        'Tiếp tục đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính; cải tiến lề lối, phương pháp làm việc, nâng cao chất lượng phục vụ nhân dân, tổ chức, doanh nghiệp.',
      ),
    },
    {
      id: 'd1f23b6a-4052-5f50-b8ad-dcedb7e8fb5e',
      updatedAt: stamp,
      order: 3,
      kind: 'task',
      text: paragraphs(
        'Lãnh đạo cấp ủy cơ sở tăng cường giáo dục, kiểm tra ý thức, trách nhiệm của cán bộ, công chức, viên chức; thực hiện nghiêm kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị.',
      ),
      assignees: [
        { organizationId: ids.duk, role: 'lead' },
        { organizationId: ids.bcsd, role: 'support' },
      ],
      dueDate: '2018-12-31',
      status: 'done',
      progress: [{ date: '2018-12-20', note: 'Sơ kết tại hội nghị tổng kết năm 2018.' }],
    },
  ],
};

const meeting2021 = {
  id: ids.meeting2021,
  updatedAt: stamp,
  title:
    'Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021 của Đảng ủy Khối các cơ quan tỉnh',
  kind: 'hoi-nghi',
  startsAt: '2021-01-14T14:00:00+07:00',
  location: 'Hội trường Đảng ủy Khối các cơ quan tỉnh Nghệ An',
  organizerIds: [ids.duk],
  attendees: [
    {
      personId: ids.nguyenNamDinh,
      role: 'chair',
      position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh',
      organizationId: ids.duk,
    },
    {
      personId: ids.nguyenDucTrung,
      role: 'attendee',
      position: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      organizationId: ids.ubnd,
    },
    {
      personId: ids.caoThiHien,
      role: 'attendee',
      position: 'Phó Chủ tịch HĐND tỉnh',
      organizationId: ids.hdnd,
    },
    {
      personId: ids.hoangVanNhien,
      role: 'attendee',
      position: 'Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh',
      organizationId: ids.duk,
    },
    {
      personId: ids.leThiHongKhanh,
      role: 'secretary',
      position: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh',
      organizationId: ids.duk,
    },
  ],
  attendeeGroups: ['Đại diện lãnh đạo 64 tổ chức đảng trực thuộc Đảng bộ Khối'],
  minutes: paragraphs(
    'Năm 2020, Đảng bộ Khối các cơ quan tỉnh có 64 tổ chức đảng; đã lãnh đạo tổ chức thành công đại hội đảng bộ cấp cơ sở và Đại hội Đảng bộ Khối nhiệm kỳ 2020 - 2025; kết nạp 152 đảng viên mới.',
    'Ủy ban kiểm tra hai cấp đã kiểm tra 164 lượt tổ chức đảng; xử lý kỷ luật 4 đảng viên.',
  ),
  conclusions: [
    {
      id: '7f2998ac-0c1c-57df-92ae-5ebef110629d',
      updatedAt: stamp,
      order: 1,
      kind: 'assessment',
      text: paragraphs(
        'Công tác phối hợp của Đảng ủy Khối và các cơ quan rõ ràng, cụ thể, đi vào thực chất, có hiệu quả; tuy nhiên ở một số đơn vị công tác lãnh đạo nhiệm vụ chính trị, công tác tham mưu còn hạn chế.',
      ),
    },
    {
      id: '19c294b5-0a93-5579-b7ef-f17c17d7511a',
      updatedAt: stamp,
      order: 2,
      kind: 'task',
      text: paragraphs(
        'Đề cao trách nhiệm người đứng đầu trong công tác cải cách hành chính, nhất là cải cách thủ tục hành chính; tháo gỡ vướng mắc theo phương châm nhanh, đúng, hiệu quả.',
      ),
      assignees: [
        { organizationId: ids.duk, role: 'lead' },
        { organizationId: ids.vpub, role: 'support' },
      ],
      dueDate: '2021-12-31',
      status: 'in-progress',
      progress: [{ date: '2021-06-30', note: 'Sơ kết 6 tháng: đã rà soát thủ tục tại các sở, ngành.' }],
    },
    {
      id: '3863527a-94ca-5611-adaf-26222b6a427e',
      updatedAt: stamp,
      order: 3,
      kind: 'task',
      text: paragraphs(
        'Lãnh đạo toàn diện công tác xây dựng Đảng có chiều sâu, lựa chọn vấn đề trọng tâm, trọng điểm.',
      ),
      assignees: [{ organizationId: ids.duk, role: 'lead' }],
      dueDate: '2021-06-30',
      status: 'open',
      progress: [],
    },
  ],
};

const documents = [
  {
    id: ids.notice2015,
    updatedAt: stamp,
    type: 'conclusion-notice',
    status: 'issued',
    issuerIds: [ids.vpub],
    number: 5,
    symbol: 'TB-VPUB',
    issuedOn: '2016-01-05',
    place: 'Nghệ An',
    summary:
      'Kết luận của đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh tại Hội nghị tổng kết công tác năm 2015 của Văn phòng UBND tỉnh',
    meetingId: ids.meeting2015,
    body: paragraphs(
      'Chiều ngày 29 tháng 12 năm 2015, Văn phòng UBND tỉnh tổ chức Hội nghị tổng kết công tác Đảng, chuyên môn, đoàn thể năm 2015 và triển khai nhiệm vụ năm 2016. Đồng chí Lê Đình Sơn - Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị.',
      'Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh kết luận như sau:',
      '1. Cụ thể hóa các Nghị quyết của HĐND tỉnh, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII thành chương trình hành động.',
      '2. Tiếp tục cải cách hành chính mạnh mẽ để bộ máy vận hành thông suốt, kịp thời, hiệu quả.',
      'Văn phòng UBND tỉnh thông báo để các đơn vị biết, thực hiện./.',
    ),
    signers: [
      {
        organizationId: ids.vpub,
        authority: 'KT',
        authorityBody: 'CHÁNH VĂN PHÒNG',
        position: 'PHÓ CHÁNH VĂN PHÒNG',
      },
    ],
    recipients: [
      'Chủ tịch, các PCT UBND tỉnh (để b/c);',
      'Các phòng, đơn vị thuộc Văn phòng;',
      'Lưu: VT, TH.',
    ],
  },
  {
    id: ids.notice2021,
    updatedAt: stamp,
    type: 'conclusion-notice',
    status: 'draft',
    issuerIds: [ids.duk],
    number: null,
    symbol: 'TB/ĐUK',
    issuedOn: null,
    place: 'Nghệ An',
    summary: 'Kết luận Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021',
    meetingId: ids.meeting2021,
    body: paragraphs(
      'Chiều ngày 14 tháng 01 năm 2021, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021.',
      'Ban Thường vụ Đảng ủy Khối kết luận: đề cao trách nhiệm người đứng đầu trong công tác cải cách hành chính; lãnh đạo toàn diện công tác xây dựng Đảng có chiều sâu.',
    ),
    signers: [
      {
        organizationId: ids.duk,
        authority: 'TM',
        authorityBody: 'BAN THƯỜNG VỤ',
        position: 'BÍ THƯ',
        personId: ids.nguyenNamDinh,
      },
    ],
    recipients: [
      'Thường trực Tỉnh ủy (để b/c),',
      'Các tổ chức cơ sở đảng trực thuộc,',
      'Lưu Văn phòng Đảng ủy Khối.',
    ],
  },
];

/** The demo as one exchange file: the 2019 example plus three meetings from the other seed articles. */
export function demoExchange(): unknown {
  return {
    ...example,
    organizations: [...example.organizations, ...organizations],
    people: [...example.people, ...people],
    meetings: [meeting2015, meeting2018, ...example.meetings, meeting2021],
    documents: [...example.documents, ...documents],
  };
}
