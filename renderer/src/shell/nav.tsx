// The left navigation: sections and the routes they open.
import {
  ApartmentOutlined,
  CalendarOutlined,
  ScheduleOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DeleteOutlined,
  FileTextOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { Route } from './routes';

type Item = Required<MenuProps>['items'][number];

export const navItems: Item[] = [
  { key: '#/', icon: <DashboardOutlined />, label: 'Tổng quan' },
  { key: '#/meetings', icon: <CalendarOutlined />, label: 'Cuộc họp' },
  { key: '#/schedule', icon: <ScheduleOutlined />, label: 'Lịch công tác' },
  { key: '#/tasks', icon: <CheckSquareOutlined />, label: 'Kết luận & nhiệm vụ' },
  { key: '#/programmes', icon: <ProjectOutlined />, label: 'Chương trình phối hợp' },
  { key: '#/documents', icon: <FileTextOutlined />, label: 'Văn bản' },
  {
    key: 'directory',
    icon: <TeamOutlined />,
    label: 'Danh bạ',
    children: [
      { key: '#/people', icon: <UserOutlined />, label: 'Cán bộ' },
      { key: '#/organizations', icon: <ApartmentOutlined />, label: 'Cơ quan' },
    ],
  },
  { key: '#/trash', icon: <DeleteOutlined />, label: 'Thùng rác' },
  { key: '#/settings', icon: <SettingOutlined />, label: 'Cài đặt' },
];

/** The menu entry a route belongs to. */
export function navKeyOf(route: Route): string {
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'meeting':
      return '#/meetings';
    case 'programme':
      return '#/programmes';
    case 'document':
      return '#/documents';
    case 'not-found':
      return '';
    default:
      return `#/${route.name}`;
  }
}
