// English that antd's building blocks put into the page where no option reaches it, replaced when the
// renderer is bundled: the tabs' screen-reader line "Tab 1 of 5", the number fields' "Increase Value" /
// "Decrease Value", and each icon's English name read as its label ("plus Thêm kết luận"): an icon is
// hidden from screen readers unless it is given a label, the button around it carrying the name. A
// string that is no longer found fails the build, so an upgrade that moves it is noticed.
import type { Plugin } from 'vite';

/** The icons antd draws alone in a button of its own (pager, search button, close buttons). */
const iconNames: Record<string, string> = {
  left: 'Trang trước',
  right: 'Trang sau',
  'double-left': 'Lùi 5 trang',
  'double-right': 'Tiến 5 trang',
  search: 'Tìm',
  close: 'Đóng',
};

interface Replacement {
  /** The end of the module's path (forward slashes). */
  file: string;
  from: string;
  to: string;
}

const replacements: Replacement[] = [
  {
    file: '@rc-component/tabs/es/TabNavList/TabNode.js',
    from: '`Tab ${currentPosition} of ${tabCount}`',
    to: '`Thẻ ${currentPosition} trên ${tabCount}`',
  },
  {
    file: '@rc-component/input-number/es/StepHandler.js',
    from: "isUpAction ? 'Increase Value' : 'Decrease Value'",
    to: "isUpAction ? 'Tăng giá trị' : 'Giảm giá trị'",
  },
  // The icons' two builds (the light one is what every icon imports now). An icon that is the only
  // content of one of antd's buttons is named in Vietnamese; any other is hidden, the text or the
  // label of what holds it saying what it is.
  ...['AntdIcon.js', 'AntdIconLight.js'].flatMap((name) => [
    {
      file: `@ant-design/icons/es/components/${name}`,
      from: "import * as React from 'react';",
      to: `import * as React from 'react';\nconst VIETNAMESE_NAMES = Object.assign(Object.create(null), ${JSON.stringify(iconNames)});`,
    },
    {
      file: `@ant-design/icons/es/components/${name}`,
      from: '"aria-label": icon.name',
      to: '"aria-label": VIETNAMESE_NAMES[icon.name], "aria-hidden": restProps["aria-label"] || VIETNAMESE_NAMES[icon.name] ? undefined : true',
    },
  ]),
];

export function vietnameseLibraryStrings(): Plugin {
  const seen = new Set<Replacement>();
  return {
    name: 'so-hop:vietnamese-library-strings',
    enforce: 'pre',
    // The dev server pre-bundles dependencies apart; the built renderer (app, preview, tests) is what ships.
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      const mine = replacements.filter((x) => path.endsWith(`/node_modules/${x.file}`));
      if (mine.length === 0) return null;
      let out = code;
      for (const r of mine) {
        if (!out.includes(r.from)) this.error(`${r.file}: "${r.from}" not found (library upgraded?)`);
        seen.add(r);
        out = out.split(r.from).join(r.to);
      }
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missed = replacements.filter((r) => !seen.has(r)).map((r) => r.file);
      if (missed.length) this.error(`modules not bundled any more: ${missed.join(', ')}`);
    },
  };
}
