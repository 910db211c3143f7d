// `SoHop.exe --cli COMMAND …` runs the command line inside the installed app. Everything after
// `--cli` belongs to the command line; Chromium's own switches, which Electron may put before it, do not.

export const CLI_SWITCH = '--cli';

/** The command line's arguments, or null when the app was not started as the command line. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH);
  return at === -1 ? null : argv.slice(at + 1);
}
