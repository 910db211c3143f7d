// An object whose properties are made on first use and then kept. The services and repositories are
// built this way: a command-line process that exports one document prepares only the statements it
// runs, not the hundred of every repository (each `prepare` parses SQL inside SQLite).

type Factories<T> = { [K in keyof T]: () => T[K] };

export function lazyProperties<T extends object>(factories: Factories<T>): T {
  const target = {} as T;
  for (const key of Object.keys(factories) as (keyof T)[]) {
    const settle = (value: T[keyof T]) => {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    };
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => settle(factories[key]()),
      // A test or caller that replaces a member before its first use gets what it set.
      set: settle,
    });
  }
  return target;
}
