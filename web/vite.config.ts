import { defineConfig } from 'vite';

declare const process: { env: Record<string, string | undefined> };

// The explorer is served by `jhagraph serve` under /explore/ and talks to the
// same server's /graphql. `npm run dev` proxies /graphql to JHAGRAPH_API
// (default http://localhost:8080, where `make run` serves).
export default defineConfig({
  base: '/explore/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: true,
    // Two pages: the explorer (index.html, under /explore/) and the GraphQL
    // playground (playground.html, served at / with its assets under
    // /explore/assets/): GraphiQL from this build, no CDN.
    chunkSizeWarningLimit: 1200, // GraphiQL with React is ~950 kB
    rollupOptions: {
      input: { explorer: 'index.html', playground: 'playground.html' },
    },
  },
  server: {
    proxy: { '/graphql': process.env.JHAGRAPH_API ?? 'http://localhost:8080' },
  },
});
