// The dashboard's build (`npm run build:client`, also run by `postinstall` and,
// when client/dist is missing, at start) and its dev server (`npm run
// dev:client`), which proxies the API to a running Switchyard.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.SWITCHYARD_API_URL ?? "http://localhost:4000";

export default defineConfig(({ command }) => {
  // The dashboard always ships as a production build: a NODE_ENV of "test" or
  // "development" in the shell that runs `npm install` would otherwise bundle
  // React's development build. (Vite reads NODE_ENV after loading this file.)
  if (command === "build") process.env.NODE_ENV = "production";
  return {
    root: fileURLToPath(new URL(".", import.meta.url)),
    plugins: [react()],
    build: { outDir: "dist", emptyOutDir: true },
    server: {
      proxy: {
        "/graphql": { target: api, ws: true },
        "/healthz": api,
        "/readyz": api,
      },
    },
  };
});
