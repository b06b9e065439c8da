/**
 * U+FFFD is what a decoder writes where it lost bytes: a name that holds it was damaged before it reached us (a
 * spreadsheet saved through a broken converter, or a reader that cut characters at chunk boundaries, STACK.md
 * gotcha 20). Such text is never stored: the row is refused with this code and the officer retypes the cell.
 */
export const DAMAGED_TEXT = {
  code: "DAMAGED_TEXT",
  message:
    "Ô có ký tự hỏng (\uFFFD): chữ đã bị mất khi tệp được lưu hoặc chuyển đổi; hãy gõ lại nội dung ô này",
} as const;

export const isDamagedText = (text: string): boolean => text.includes("\uFFFD");
