// Serves the bare Remix build on PORT (127.0.0.1), as plainly as Remix allows.
// WEB_CONCURRENCY=2: two workers sharing the port through node:cluster, as `npm start`
// runs the app, so the bench can show what two workers give a page that does nothing else.
import cluster from "node:cluster";
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const port = Number(process.env.PORT || 3300);
const workers = Number(process.env.WEB_CONCURRENCY || 1);

if (workers > 1 && cluster.isPrimary) {
  let up = 0;
  cluster.on("listening", () => ++up === workers && console.log(`bare Remix listening on ${port} (${workers} workers)`));
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const here = path.dirname(url.fileURLToPath(import.meta.url));
  const build = await import(url.pathToFileURL(path.join(here, "build/index.js")).href);
  const app = express();
  app.disable("x-powered-by");
  app.use("/build", express.static(path.join(here, "public/build"), { immutable: true, maxAge: "1y" }));
  app.all("*", createRequestHandler({ build, mode: "production" }));
  app.listen(port, "127.0.0.1", () => workers === 1 && console.log(`bare Remix listening on ${port}`));
}
