import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fa8',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#1d3557', headerHeight: 48, headerPadding: '0 20px' },
  },
};
