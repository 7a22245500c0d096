// The platform's limit for `npm run bench`: node:http answering every request with one fixed answer, nothing else.
// It starts with `{"data":{"__typename":"Query"}}`; over IPC the bench can give it another answer to send instead
// (a scenario's own answer, its bytes and encoding as the service sends them: servers.ts). Plain JavaScript, so its
// start-up is Node's alone. Prints {"port":N} once listening.
import { createServer } from 'node:http';

function headersOf(body, contentEncoding) {
  return {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
    ...(contentEncoding ? { 'content-encoding': contentEncoding } : {}),
  };
}

let body = Buffer.from(JSON.stringify({ data: { __typename: 'Query' } }));
let headers = headersOf(body);

process.on('message', (answer) => {
  body = Buffer.from(answer.bodyBase64, 'base64');
  headers = headersOf(body, answer.contentEncoding);
  process.send('answering');
});

const server = createServer((request, response) => {
  request.resume();
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => process.exit(0));
