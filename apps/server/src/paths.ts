import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of the @kc/server package, found from this module's location, so that files shipped beside the
 * code (migrations, sample data, the built SPA) resolve the same from `src/` under tsx and from the bundled
 * `dist/main.mjs` that `npm start` runs.
 */
function findServerRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "@kc/server"
    ) {
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error("Cannot locate the @kc/server package folder");
}

export const serverRoot = findServerRoot();
export const migrationsFolder = join(serverRoot, "src/db/migrations");
export const sampleCommunesPath = join(serverRoot, "src/seed/reference/samples/communes-sample.csv");
export const defaultWebDist = join(serverRoot, "../web/dist");
