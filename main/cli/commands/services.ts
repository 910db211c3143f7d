// The services over an opened database, for the commands that use them: `ctx.withDatabase(services(use))`.
// Kept out of the command context, so a command that needs less (export-docx) does not load them all.
import type { Db } from '../../db/types';
import { createServices, type Services } from '../../services';

export const services =
  <T>(use: (services: Services) => T) =>
  (db: Db): T =>
    use(createServices(db));
