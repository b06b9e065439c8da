import QRCode from "qrcode";

/**
 * The QR code of a certificate's verification URL as a PNG. Error correction M (15 % of the code may be dirty or
 * torn and still read), the four-module quiet zone the standard asks for, 8 pixels a module so the image stays
 * sharp when Word scales it to 4 cm on paper.
 */
export async function certificateQrPng(
  url: string,
): Promise<{ png: Buffer; version: number; modules: number }> {
  const code = QRCode.create(url, { errorCorrectionLevel: "M" });
  const png = await QRCode.toBuffer(url, { errorCorrectionLevel: "M", type: "png", margin: 4, scale: 8 });
  return { png, version: code.version, modules: code.modules.size };
}
