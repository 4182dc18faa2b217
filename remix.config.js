import { flatRoutes } from "remix-flat-routes";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // Routes grouped by area in `+` folders (_auth+, cases+, desk+, admin+, …).
  routes: async (defineRoutes) =>
    flatRoutes("routes", defineRoutes, {
      ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/__*.*"],
    }),
  // Packages that ship ESM only must be bundled into the server build.
  serverDependenciesToBundle: [/^@date-fns\//, /^date-fns/],
  browserNodeBuiltinsPolyfill: { modules: {} },
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Loaders and actions answer in one request per navigation (turbo-stream), and the
    // browser learns the routes as links appear rather than all up front (smaller landing page).
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
