// The platform's limit for `npm run bench`: node:http answering every request with one fixed JSON body, nothing
// else. Plain JavaScript, so its start-up is Node's alone. Prints {"port":N} once listening.
import { createServer } from 'node:http';

const body = Buffer.from(JSON.stringify({ data: { __typename: 'Query' } }));

const server = createServer((request, response) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => process.exit(0));
