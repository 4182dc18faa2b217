// Remix's single fetch (remix.config.js future.v3_singleFetch): useLoaderData<typeof loader>
// and useActionData are typed from what the loader really sends (turbo-stream keeps Dates,
// Maps and undefined; json() answers stay JSON).
import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
