import pino, { type Logger } from "pino";

/** Structured JSON logs; credentials and cookies are redacted wherever they appear (STYLE.md rule 13). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "khuyencong" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "password",
        "*.password",
        "headers.cookie",
        "*.headers.cookie",
        "secret",
        "*.secret",
        "token",
        "*.token",
      ],
      censor: "[redacted]",
    },
  });
}
