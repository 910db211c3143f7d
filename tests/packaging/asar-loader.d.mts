/** Registers the module hooks and fs reads that open files inside `*.asar` as Electron does. */
export function mountAsar(): void;
