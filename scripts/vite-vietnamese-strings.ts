// English that antd's building blocks put into the page where no option reaches it, replaced when the
// renderer is bundled: the tabs' screen-reader line "Tab 1 of 5", the number fields' "Increase Value" /
// "Decrease Value", and each icon's English name read as its label ("plus Thêm kết luận"): an icon is
// hidden from screen readers unless it is given a label, the button around it carrying the name. A
// string that is no longer found fails the build, so an upgrade that moves it is noticed.
import type { Plugin } from 'vite';

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
  // The icons' two builds: ours import AntdIcon, antd's own parts the light one.
  ...['AntdIcon.js', 'AntdIconLight.js'].map((name) => ({
    file: `@ant-design/icons/es/components/${name}`,
    from: '"aria-label": icon.name',
    to: '"aria-hidden": restProps["aria-label"] ? undefined : true',
  })),
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
      const r = replacements.find((x) => path.endsWith(`/node_modules/${x.file}`));
      if (!r) return null;
      if (!code.includes(r.from)) this.error(`${r.file}: "${r.from}" not found (library upgraded?)`);
      seen.add(r);
      return { code: code.split(r.from).join(r.to), map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missed = replacements.filter((r) => !seen.has(r)).map((r) => r.file);
      if (missed.length) this.error(`modules not bundled any more: ${missed.join(', ')}`);
    },
  };
}
