import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * Vendor chunks, split along package boundaries only. Dependencies between these chunks point one way
 * (app → antd → antd-base → react), so module evaluation order stays correct; splitting inside a
 * package (e.g. with `maxSize`) cut antd's internal import cycles and broke start-up.
 */
const vendorGroups = [
  // Charts only on the dashboard: their own chunk, loaded with that route, not with every page.
  { name: "echarts", test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 45 },
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 50 },
  { name: "antd-icons", test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 40 },
  // Taken before antd, so antd's chunk does not pull these in as its dependencies.
  { name: "antd-base", test: /node_modules[\\/](@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 30 },
  { name: "antd", test: /node_modules[\\/]antd[\\/]/, priority: 20 },
  { name: "vendor", test: /node_modules[\\/]/, priority: 10 },
];

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // The API and the better-auth endpoints are served by apps/server.
      "/api": { target: "http://127.0.0.1:3000" },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // antd's own modules form one ≈590 kB chunk (≈175 kB gzip). Splitting inside the package breaks its
    // internal import cycles, so the limit is raised just above it; app code stays in small lazy chunks.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
