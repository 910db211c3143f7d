// The app shell: header, left navigation, the open screen, and the global shortcuts.
import { Layout, Menu, Result } from 'antd';
import { DocumentPage } from './features/documents/DocumentPage';
import { DocumentsPage } from './features/documents/DocumentsPage';
import { OrganizationsPage } from './features/directory/OrganizationsPage';
import { PeoplePage } from './features/directory/PeoplePage';
import { MeetingListPage } from './features/meetings/MeetingListPage';
import { MeetingPage } from './features/meetings/MeetingPage';
import { ProgrammePage } from './features/programmes/ProgrammePage';
import { ProgrammesPage } from './features/programmes/ProgrammesPage';
import { WeekSchedulePage } from './features/schedule/WeekSchedulePage';
import { GlobalSearch } from './features/search/GlobalSearch';
import { SettingsPage } from './features/settings/SettingsPage';
import { ReminderBanner } from './features/tasks/ReminderBanner';
import { TasksPage } from './features/tasks/TasksPage';
import { StartPage } from './features/welcome/StartPage';
import { TrashPage } from './features/trash/TrashPage';
import { CommandProvider, useCommands } from './shell/commands';
import { navItems, navKeyOf } from './shell/nav';
import { navigate, type Route } from './shell/routes';
import { useHashRoute } from './shell/useHashRoute';
import { useMenuCommands } from './shell/useMenuCommands';
import { useShortcuts } from './shell/useShortcuts';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <StartPage />;
    case 'meetings':
      return <MeetingListPage />;
    case 'meeting':
      return (
        <MeetingPage
          key={route.id}
          id={route.id}
          isNew={route.isNew}
          initialTab={route.tab}
          find={route.find}
          conclusion={route.conclusion}
        />
      );
    case 'tasks':
      return <TasksPage query={route.query ?? ''} />;
    case 'programmes':
      return <ProgrammesPage />;
    case 'programme':
      return <ProgrammePage key={route.id} id={route.id} isNew={route.isNew} copyFrom={route.copyFrom} />;
    case 'documents':
      return <DocumentsPage />;
    case 'document':
      return <DocumentPage key={route.id} id={route.id} />;
    case 'people':
      return <PeoplePage key={route.id} personId={route.id} />;
    case 'organizations':
      return <OrganizationsPage key={route.id} organizationId={route.id} />;
    case 'trash':
      return <TrashPage />;
    case 'schedule':
      return <WeekSchedulePage key={route.date ?? ''} initialDate={route.date} />;
    case 'settings':
      return <SettingsPage tab={route.tab} />;
    case 'not-found':
      return (
        <Result status="404" title="Không tìm thấy trang" subTitle={`Địa chỉ "#/${route.path}" không có.`} />
      );
  }
}

function Shell() {
  const route = useHashRoute();
  const commands = useCommands();
  useShortcuts(commands);
  useMenuCommands(commands);
  return (
    <Layout className="app">
      <Layout.Header className="topbar">
        <span className="brand">Sổ Họp</span>
        <GlobalSearch />
        <span className="shortcuts-hint">Ctrl+N: cuộc họp mới · Ctrl+S: lưu · Ctrl+K: tìm mọi thứ</span>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={236} className="sidebar" theme="light">
          <nav aria-label="Các mục chính">
            <Menu
              mode="inline"
              items={navItems}
              selectedKeys={[navKeyOf(route)]}
              defaultOpenKeys={['directory']}
              onClick={({ key }) => navigate(key)}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="content">
          <ReminderBanner />
          <Screen route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function App() {
  return (
    <CommandProvider>
      <Shell />
    </CommandProvider>
  );
}
