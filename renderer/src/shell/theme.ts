import type { ThemeConfig } from 'antd';

// Text colours are darker than antd's defaults so that every text meets WCAG AA contrast (4.5:1) on
// white and on the light greys of tables and disabled fields (axe-core checks it on every screen).
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fa8',
    colorLink: '#1d5fa8',
    colorInfo: '#1d5fa8',
    colorTextSecondary: '#4b5563',
    colorTextTertiary: '#535d6b',
    colorTextDescription: '#535d6b',
    colorTextPlaceholder: '#5f6b7a',
    colorTextQuaternary: '#6b7280',
    colorWarningText: '#8a4b00',
    colorErrorText: '#b42318',
    colorSuccessText: '#23682b',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#1d3557', headerHeight: 48, headerPadding: '0 20px' },
    Statistic: { titleFontSize: 14 },
  },
};
