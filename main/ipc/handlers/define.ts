import type { Channel, Handlers } from '../../../shared/ipc';

/**
 * A feature's handlers: exactly the calls whose names start with `prefix.`. Because each feature can
 * only define its own prefix, two features can never define the same call.
 */
export type FeatureHandlers<P extends string> = {
  [C in Channel as C extends `${P}.${string}` ? C : never]: Handlers[C];
};
