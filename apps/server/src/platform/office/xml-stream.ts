import { TextDecoder } from "node:util";
import { SaxesParser } from "saxes";
import { zipInvalid } from "./zip-guard";

export type XmlHandlers = {
  /** Element names come without their namespace prefix (`x:row` → `row`): some writers prefix SpreadsheetML. */
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Parses one XML part from its inflated chunks. The bytes go through one streaming TextDecoder, so a character
 * whose bytes straddle two chunks is decoded whole: ExcelJS 4.4 decoded each chunk on its own and turned such
 * characters into U+FFFD (STACK.md gotcha 20). The decoder is fatal: bytes that are not valid UTF-8 (or UTF-16,
 * announced by a byte-order mark) refuse the file instead of becoming U+FFFD. saxes does not read DTDs, so no
 * entity is ever expanded or fetched (RELIABILITY.md §5.2 item 7). A handler that throws stops the parse.
 */
export async function parseXml(chunks: AsyncIterable<Uint8Array>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  const { open, text, close } = handlers;
  if (open)
    parser.on("opentag", (node) => open(localName(node.name), node.attributes as Record<string, string>));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (close) parser.on("closetag", (node) => close(localName(node.name)));
  let decoder: TextDecoder | undefined;
  const decode = (chunk?: Uint8Array) => {
    try {
      decoder ??= new TextDecoder(encodingOf(chunk), { fatal: true });
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw zipInvalid(
        "Tệp Excel chứa chữ sai mã (không phải UTF-8); hãy lưu lại bằng Excel hoặc LibreOffice",
      );
    }
  };
  const unreadable = () =>
    zipInvalid("Không đọc được tệp Excel; hãy lưu lại bằng Excel hoặc LibreOffice rồi thử lại");
  for await (const chunk of chunks) {
    parser.write(decode(chunk));
    if (failure) throw unreadable();
  }
  parser.write(decode());
  parser.close();
  if (failure) throw unreadable();
}

/** XML parts are UTF-8 unless a byte-order mark says UTF-16 (ECMA-376 Part 2, §8.1.4). */
function encodingOf(first: Uint8Array | undefined): string {
  if (first && first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first && first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return "utf-8";
}
