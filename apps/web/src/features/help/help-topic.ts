import type { HelpModule } from "../../lib/help-modules";

/**
 * Help is data, not markup: plain strings rendered by React (escaped), so a help text can never inject HTML.
 * `**bold**` inside a string is the one inline mark the renderer understands.
 */
export type HelpBlock =
  | { kind: "text"; text: string }
  | { kind: "list"; items: readonly string[] }
  | { kind: "steps"; items: readonly string[] }
  | { kind: "table"; head: readonly [string, string]; rows: readonly (readonly [string, string])[] }
  | { kind: "note"; text: string };

export type HelpSection = {
  /** Anchor of the section in the address (`#nhap-tu-excel`); unique within the topic. */
  id: string;
  title: string;
  blocks: readonly HelpBlock[];
};

export type HelpTopic = {
  module: HelpModule;
  title: string;
  /** One sentence: what the page is for. */
  summary: string;
  /** Where the module lives in the application, for the "Mở trang" button. */
  page: string;
  sections: readonly HelpSection[];
};
