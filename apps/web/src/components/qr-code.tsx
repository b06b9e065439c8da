import QRCode from "qrcode";
import { useEffect, useRef } from "react";

type QrCodeProps = { value: string; size?: number; label: string };

/** Draws a QR code on a canvas (no data: URL, so it fits a strict Content-Security-Policy). */
export function QrCode({ value, size = 200, label }: QrCodeProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    void QRCode.toCanvas(canvas.current, value, { width: size, margin: 1, errorCorrectionLevel: "M" });
  }, [value, size]);
  return <canvas ref={canvas} width={size} height={size} role="img" aria-label={label} />;
}
