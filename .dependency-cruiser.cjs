// The import graph's rules, checked by `npm run check:imports` (dependency-cruiser) in every `npm test`.
//
// The server is built in layers that only look down (docs/ARCHITECTURE.md, "Layers and modules"):
//
//   main.ts, server.ts, app.ts        composition: wires everything, imported by nothing below
//   office-worker.ts                  composition of the office worker threads: lists their tasks
//   seed/                             reference data, demo seed, builders: calls use cases like an officer would
//   modules/                          one folder per module: routes, use cases, queries, presenters
//   platform/                         cross-cutting services: auth, errors, audit, jobs, office files …
//   db/                               schema, migrations, connection
//
// and beside them packages/domain (pure rules, imported by both apps, importing neither) and apps/web (the browser,
// which never reads server code). Paths are relative to the folder the check runs in (the repository root), so the
// rule test can run the same rules on a small tree of its own (apps/server/test/import-graph.test.ts).

const server = "^apps/server/src/";
const composition = `${server}(main|server|app|office-worker)[.]ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment:
        "An import cycle makes the load order decide what is initialised and ties files that should change alone. " +
        "Type-only imports count: they tie the files just the same.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "db-looks-down",
      comment:
        "db/ holds the schema and the connection; it knows no service, module, seed or composition file.",
      severity: "error",
      from: { path: `${server}db/` },
      to: { path: [`${server}(platform|modules|seed)/`, composition] },
    },
    {
      name: "platform-below-modules",
      comment:
        "platform/ serves every module, so it imports none of them, nor the seed above them. The seed's builders " +
        "are the exception: pure inputs (rule builders-are-pure) that the OpenAPI examples share with the tests.",
      severity: "error",
      from: { path: `${server}platform/` },
      to: { path: [`${server}(modules|seed)/`, composition], pathNot: `${server}seed/builders/` },
    },
    {
      name: "modules-below-seed",
      comment:
        "Modules are what the seed calls; a module that imported the seed or the composition would loop.",
      severity: "error",
      from: { path: `${server}modules/` },
      to: { path: [`${server}seed/`, composition] },
    },
    {
      name: "seed-below-composition",
      comment: "The seed is called by server.ts; it never imports the files that wire the application.",
      severity: "error",
      from: { path: `${server}seed/` },
      to: { path: composition },
    },
    {
      name: "builders-are-pure",
      comment: "Input builders are shared with platform/ and the tests, so they build from @kc/domain alone.",
      severity: "error",
      from: { path: `${server}seed/builders/` },
      to: { path: server, pathNot: `${server}seed/builders/` },
    },
    {
      name: "routes-not-from-routes",
      comment:
        "A routes file is a thin HTTP adapter; what two of them share (an authorisation step, a schema, a page) " +
        "belongs in a non-routes file of the module.",
      severity: "error",
      from: { path: "[.]routes[.]ts$" },
      to: { path: "[.]routes[.]ts$" },
    },
    {
      name: "domain-imports-no-app",
      comment: "packages/domain is shared by the server and the browser; it may not depend on either.",
      severity: "error",
      from: { path: "^packages/domain/" },
      to: { path: "^apps/" },
    },
    {
      name: "domain-ships-no-fixtures",
      comment:
        "Test fixtures live in packages/domain/src/**/testing/; only tests import them, so no build ships them.",
      severity: "error",
      from: { path: "^packages/domain/src/", pathNot: ["[.]test[.]ts$", "/testing/"] },
      to: { path: "^packages/domain/src/.*/testing/" },
    },
    {
      name: "web-imports-no-server",
      comment:
        "The browser bundle may share packages/domain, never the server's code (it would pull in Node and SQL).",
      severity: "error",
      from: { path: "^apps/web/" },
      to: { path: "^apps/server/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import the check cannot resolve is an import it cannot check.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are part of the graph (they are how two of the three former cycles were made).
    tsPreCompilationDeps: true,
    // @kc/domain resolves through its package.json "exports" to packages/domain/src/index.ts.
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
