import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

// Makes loader data types reflect single fetch (turbo-stream), not JSON serialisation.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    // The Remix plugin takes over the dev server and build; tests only need plain Vite.
    process.env.VITEST
      ? null
      : remix({
          future: {
            v3_fetcherPersist: true,
            v3_relativeSplatPath: true,
            v3_throwAbortReason: true,
            v3_singleFetch: true,
            v3_lazyRouteDiscovery: true,
          },
        }),
  ],
  ssr: {
    // The workspace package ships TypeScript source, so Vite must compile it rather than leave it to Node.
    noExternal: ["@hub/schema"],
  },
});
