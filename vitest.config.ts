import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "domain",
          include: ["packages/domain/src/**/*.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Component tests of the SPA: what a user sees and what the forms send, in jsdom with the network
        // stubbed at fetch. The app's own Vite config (its React plugin, root apps/web) compiles them, so
        // they see the code as the build does. They run with the domain tests, before the slow server suite.
        extends: "./apps/web/vite.config.ts",
        test: {
          name: "web",
          root: "./apps/web",
          include: ["test/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["test/setup.ts"],
          // One jsdom and one copy of Ant Design per worker instead of per file: importing them is most of
          // the suite's time. Each test renders into fresh providers (renderWithApp) and the set-up file
          // cleans the DOM and the stubbed fetch after each test, so files share no state that matters.
          isolate: false,
          // Ant Design forms validate asynchronously and jsdom is slow on 2 shared cores.
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "server",
          include: ["apps/server/src/**/*.test.ts", "apps/server/test/**/*.test.ts"],
          globalSetup: ["apps/server/test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
