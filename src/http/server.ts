// `npm start`: serves the yoga instance over node:http.
import { createServer } from 'node:http';
import { ConfigError } from './config.js';

try {
  const { config, knowledge, readiness, yoga } = await import('./app.js');
  const server = createServer(yoga);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`podnet: serving knowledge ${knowledge.dataVersion} on http://${config.host}:${port}/graphql`);
  });
  const stop = () => {
    readiness.ready = false;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  console.error(`podnet: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
}
