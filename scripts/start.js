// `npm start`: the service as compiled JavaScript (dist/service/server.js), bundled again first when the sources
// changed since the last build. Plain JavaScript, so nothing compiles TypeScript on the way to a running service.
import { compiledBundle } from '../bin/compiled-bundle.js';

await import(compiledBundle('server.js'));
