// The service's one instance: configuration read, database opened (built first when missing or outdated),
// knowledge loaded once, yoga created. Tests call `yoga.fetch`; server.ts puts it on a port.
import { openDatabase } from '../db/build-database.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { readConfig } from './config.js';
import { createPodnetYoga, type Readiness } from './yoga.js';

export const config = readConfig();
const database = openDatabase(config.databasePath);
export const knowledge = loadKnowledge(database.sqlite);
database.sqlite.close();

export const readiness: Readiness = { ready: true };
export const yoga = createPodnetYoga({ knowledge, readiness, maxBodyBytes: config.maxBodyBytes });
