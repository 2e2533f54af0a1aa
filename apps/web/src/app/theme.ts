import type { ThemeConfig } from 'antd';

/** Sober administrative look: navy actions, the national red for the header and titles. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    colorLink: '#1d4f91',
    colorError: '#c62828',
    borderRadius: 6,
    fontSize: 14,
    colorBgLayout: '#f3f4f7',
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#8f1012', siderBg: '#ffffff', footerBg: 'transparent' },
    Menu: { itemSelectedBg: '#e8eef8', itemSelectedColor: '#1d4f91' },
    Table: { headerBg: '#f0f3f8', headerColor: '#1f2937' },
  },
};
