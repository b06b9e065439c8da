import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { AppError } from "../errors";

/**
 * Converts an office document to PDF with LibreOffice headless, in a temporary folder of its own with its own
 * profile (two conversions at once would otherwise fight over one profile's lock), bounded by a timeout. Without
 * LibreOffice the caller gets PDF_CONVERTER_UNAVAILABLE (503), never a 500: the .docx stays downloadable.
 */
export async function convertToPdf(
  bytes: Uint8Array,
  extension: "docx" | "xlsx",
  options: { office?: string; timeoutMs?: number } = {},
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "kc-pdf-"));
  try {
    const source = join(dir, `document.${extension}`);
    await writeFile(source, bytes);
    const args = [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      source,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(
        options.office ?? "soffice",
        args,
        { timeout: options.timeoutMs ?? 60_000, killSignal: "SIGKILL" },
        (error) => (error ? reject(error) : resolve()),
      );
    }).catch((error: NodeJS.ErrnoException) => {
      const detail =
        error.code === "ENOENT"
          ? undefined
          : "LibreOffice không chuyển được tệp sang PDF trong thời gian cho phép; hãy thử lại hoặc tải tệp Word (.docx)";
      throw new AppError("PDF_CONVERTER_UNAVAILABLE", detail ? { detail } : {});
    });
    return await readFile(join(dir, "document.pdf")).catch(() => {
      throw new AppError("PDF_CONVERTER_UNAVAILABLE", {
        detail: "LibreOffice không tạo được tệp PDF; hãy tải tệp Word (.docx)",
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
