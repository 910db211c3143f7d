// Child process of the kill test: takes the database lock, imports a large exchange file, and says
// "ready" just before the import's transaction starts, so the parent can kill it during the import.
import fs from 'node:fs';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { acquireDatabaseLock } from '../../../main/db/lock';
import { createServices } from '../../../main/services';

const [databasePath, exchangeFile] = process.argv.slice(2);
if (!databasePath || !exchangeFile) throw new Error('usage: kill-child DB FILE');
const lock = acquireDatabaseLock(databasePath);
const db = openDatabase(databasePath);
const raw = JSON.parse(fs.readFileSync(exchangeFile, 'utf8')) as unknown;
const services = createServices(db);
process.stdout.write('ready\n');
services.exchange.import(raw);
closeDatabase(db);
lock.release();
process.stdout.write('done\n');
