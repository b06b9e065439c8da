import type { SelectionLevel } from "../selection.codes";
import { selectionLevelLabels } from "../selection.codes";

/**
 * S7 (Art. 14–15): district and provincial rounds are held every two years, usually in odd years; regional
 * and national ones in even years. Practice differs (national rounds in 2015, 2017, 2019), so this is a
 * WARNING shown to the officer, never a refusal.
 */
export function roundYearWarning(level: SelectionLevel, year: number): string | null {
  const expectsOdd = level === "HUYEN" || level === "TINH";
  const isOdd = Math.abs(year) % 2 === 1;
  if (expectsOdd === isOdd) return null;
  return `Bình chọn ${selectionLevelLabels[level].toLowerCase()} thường tổ chức vào năm ${expectsOdd ? "lẻ" : "chẵn"}; năm ${year} là năm ${isOdd ? "lẻ" : "chẵn"} (Thông tư 26/2014/TT-BCT, Điều 14–15). Vẫn có thể lập đợt nếu cấp có thẩm quyền cho phép.`;
}
