// Serves the bare Remix build on PORT (127.0.0.1), as plainly as Remix allows.
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const build = await import(url.pathToFileURL(path.join(here, "build/index.js")).href);
const app = express();
app.disable("x-powered-by");
app.use("/build", express.static(path.join(here, "public/build"), { immutable: true, maxAge: "1y" }));
app.all("*", createRequestHandler({ build, mode: "production" }));
const port = Number(process.env.PORT || 3300);
app.listen(port, "127.0.0.1", () => console.log(`bare Remix listening on ${port}`));
