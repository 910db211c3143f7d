// First: before any schema of shared/ is built.
import './zod-no-eval';
import { App as AntApp, ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { vietnamese } from './shell/locale';
import { nonceForLibraryStyles, styleNonce } from './shell/style-nonce';
import { theme } from './shell/theme';
import 'antd/dist/antd.css';
import './styles.css';

dayjs.locale('vi');
nonceForLibraryStyles();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={vietnamese} theme={{ ...theme, zeroRuntime: true }} csp={{ nonce: styleNonce }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
