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
  },
  server: {
    proxy: { '/graphql': process.env.JHAGRAPH_API ?? 'http://localhost:8080' },
  },
});
