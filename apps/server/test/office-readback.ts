import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Reading a generated .docx back with readers independent of our writer: `unzip` for its text runs, LibreOffice
 * for its layout (PDF, pages by pdfinfo). Tests skip the render when the tools are missing, and say so.
 */
function firstTool(...names: string[]): string | null {
  return names.find((name) => spawnSync(name, ["--version"], { stdio: "ignore" }).status === 0) ?? null;
}
export const office = firstTool("soffice", "libreoffice");
export const pdfinfo = spawnSync("pdfinfo", ["-v"], { stdio: "ignore" }).status === 0 ? "pdfinfo" : null;

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "kc-docx-"));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text runs of `word/document.xml`, one per line. */
export function docxText(bytes: ArrayBuffer): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "doc.docx"), new Uint8Array(bytes));
    const xml = execFileSync("unzip", ["-p", join(dir, "doc.docx"), "word/document.xml"]).toString("utf8");
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  });
}

/** LibreOffice lays the .docx out as PDF: its page count and text (pdftotext), to check the render is whole. */
export function renderedPdf(bytes: ArrayBuffer): { pages: number; text: string } {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "doc.docx"), new Uint8Array(bytes));
    execFileSync(
      office as string,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "doc.docx"),
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    const info = execFileSync(pdfinfo as string, [join(dir, "doc.pdf")]).toString("utf8");
    const text = execFileSync("pdftotext", ["-layout", join(dir, "doc.pdf"), "-"]).toString("utf8");
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), text };
  });
}
