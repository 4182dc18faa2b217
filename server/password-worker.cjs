// Runs bcryptjs off the main thread: a cost-10 hash takes ~100 ms of CPU, and
// on the main thread one client hammering sign-in cut every other page's
// throughput to about a quarter (measured on a 2-core machine with npm run bench).
const { parentPort } = require("node:worker_threads");
const bcrypt = require("bcryptjs");

parentPort.on("message", ({ id, op, password, hash, cost }) => {
  try {
    const result = op === "hash" ? bcrypt.hashSync(password, cost) : bcrypt.compareSync(password, hash);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
