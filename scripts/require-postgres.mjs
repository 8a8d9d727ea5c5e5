// Fails the test run loudly when the PostgreSQL server the repository and API tests need is not
// reachable: a silent skip would let a green run hide untested code.
import { connect } from "node:net";

const url = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
const port = Number(url.port || 5432);
const socket = connect({ host: url.hostname, port, timeout: 5000 });
socket.on("connect", () => {
  socket.end();
});
socket.on("timeout", () => fail("timed out"));
socket.on("error", (error) => fail(error.message));

function fail(reason) {
  console.error(
    `PostgreSQL không kết nối được tại ${url.hostname}:${port} (${reason}).\n` +
      "Repository and API tests need the server: start it (pg_ctlcluster 15 main start) or set TEST_DATABASE_URL.",
  );
  process.exit(1);
}
