import nodemailer from "nodemailer";
import type { Logger } from "pino";

/** One plain-text e-mail; the application's mail is short and has no attachments. */
export type MailMessage = { to: string; subject: string; text: string };

/**
 * Sends the application's e-mail (so far: password reset links). `smtp` delivers through nodemailer; `console`
 * — demo and development without an SMTP server — writes the whole message to the server log so the link can be
 * followed; `disabled` — production without SMTP — says in the log that a message could not be sent, without its
 * content (a reset link in a production log would be a credential in the log).
 */
export type Mailer = { kind: "smtp" | "console" | "disabled"; send: (message: MailMessage) => Promise<void> };

export type MailSettings = {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; wins over the separate settings. */
  url?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
  user?: string | undefined;
  pass?: string | undefined;
  /** Sender, e.g. `"Khuyến công" <no-reply@khuyencong.example.vn>`. */
  from: string;
};

export function createMailer(
  settings: MailSettings,
  options: { logger: Logger; printWhenUnconfigured: boolean },
): Mailer {
  const { logger } = options;
  const transportOptions = settings.url
    ? settings.url
    : settings.host
      ? {
          host: settings.host,
          port: settings.port ?? 587,
          // Port 465 speaks TLS from the first byte; the others upgrade with STARTTLS when the server offers it.
          secure: (settings.port ?? 587) === 465,
          ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? "" } } : {}),
        }
      : null;
  if (transportOptions) {
    const transport = nodemailer.createTransport(transportOptions);
    return {
      kind: "smtp",
      send: async (message) => {
        await transport.sendMail({ from: settings.from, ...message });
      },
    } satisfies Mailer;
  }
  if (options.printWhenUnconfigured) {
    return {
      kind: "console",
      send: async (message) => {
        logger.info(
          { mail: { from: settings.from, to: message.to, subject: message.subject } },
          `Thư (chưa cấu hình SMTP, chỉ in ra nhật ký) gửi ${message.to}: ${message.subject}\n${message.text}`,
        );
      },
    } satisfies Mailer;
  }
  return {
    kind: "disabled",
    send: async (message) => {
      logger.error(
        { to: message.to, subject: message.subject },
        "e-mail not sent: no SMTP server is configured (SMTP_URL or SMTP_HOST)",
      );
    },
  } satisfies Mailer;
}
