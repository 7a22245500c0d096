// Run as a process by test/db/concurrent-open.test.ts: says "waiting", and on a line on stdin opens the database
// at argv[2] as the service does, then prints what it found as JSON.
import { openDatabase } from '../../src/db/build-database.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const path = process.argv[2]!;
console.log('waiting');
process.stdin.once('data', () => {
  const opened = openDatabase(path);
  const knowledge = loadKnowledge(opened.sqlite);
  opened.sqlite.close();
  console.log(JSON.stringify({ rebuilt: opened.rebuilt, dataVersion: knowledge.dataVersion }));
  process.exit(0);
});
