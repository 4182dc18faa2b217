import app from "../../remix.config.js";

/**
 * The bare Remix page `npm run bench` compares the app with: Remix 2.17 (the
 * same version, compiler and future flags as the app), a root and one route
 * that renders a 50-row table from its loader, no database, no middleware.
 * Built by the bench in the same run (into bench/bare-remix/build), served by
 * server.mjs.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  serverModuleFormat: "esm",
  future: app.future,
};
