// The bare node:http server of `npm run bench:http`: answers every request with the recorded status,
// headers and body of the app's answer to the same request, so the two differ only in the work behind them.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const opname = JSON.parse(readFileSync(process.argv[2], "utf8"));
const body = Buffer.from(opname.body, "base64");
const headers = opname.headers;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(opname.status, headers);
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`poort ${server.address().port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
