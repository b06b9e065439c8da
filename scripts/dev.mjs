// `npm run dev`: the API server (restarted by `node --watch` on change) and the Vite dev server side by side.
// Their output is forwarded with a prefix. Ctrl-C (or SIGTERM) stops both; if either exits, the other is stopped.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const processes = [
  {
    name: "api",
    color: 36,
    command: process.execPath,
    args: ["--watch", "--import", "tsx", "apps/server/src/main.ts"],
    // The Vite dev proxy keeps the browser's Origin, so sign-in from :5173 needs that origin to be trusted.
    env: { KC_TRUSTED_ORIGINS: process.env.KC_TRUSTED_ORIGINS || "http://localhost:5173" },
  },
  { name: "web", color: 35, command: npm, args: ["run", "dev", "-w", "@kc/web"], env: {} },
];

let stopping = false;
let exitCode = 0;
const children = processes.map((spec) => {
  const child = spawn(spec.command, spec.args, {
    cwd: repoRoot,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1", ...spec.env },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so stopping reaches grandchildren too (npm → vite, node --watch → the server).
    detached: process.platform !== "win32",
  });
  const prefix = `\x1b[${spec.color}m[${spec.name}]\x1b[0m `;
  forward(child.stdout, process.stdout, prefix);
  forward(child.stderr, process.stderr, prefix);
  child.on("error", (error) => {
    console.error(`${prefix}could not start: ${error.message}`);
    exitCode = 1;
    stopAll("SIGTERM");
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the other process`);
      exitCode = code ?? 1;
      stopAll("SIGTERM");
    }
    if (children.every(hasExited)) process.exit(exitCode);
  });
  return child;
});

/** Writes a child's output line by line, each line behind the process's prefix. */
function forward(from, to, prefix) {
  let pending = "";
  from.setEncoding("utf8");
  from.on("data", (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  from.on("end", () => {
    if (pending) to.write(`${prefix}${pending}\n`);
  });
}

function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

function stopAll(signal) {
  stopping = true;
  for (const child of children) {
    if (hasExited(child) || child.pid === undefined) continue;
    try {
      if (process.platform === "win32") child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
  // A child that ignores SIGTERM gets SIGKILL after five seconds.
  setTimeout(() => {
    for (const child of children) {
      if (hasExited(child) || child.pid === undefined) continue;
      try {
        if (process.platform === "win32") child.kill("SIGKILL");
        else process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    process.exit(exitCode || 1);
  }, 5000).unref();
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (stopping) return;
    console.log(`\nStopping api and web (${signal})…`);
    stopAll("SIGTERM");
  });
}
