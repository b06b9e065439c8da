import { describe, expect, it } from "vitest";
import {
  foldCommuneName,
  mapParticipantHeader,
  parseParticipantRow,
  restoreLeadingZero,
} from "./participant-import-row";

const header = [
  "STT",
  "TÊN CƠ SỞ",
  "Ma so thue",
  "Xã, phường",
  "Số gian tiêu chuẩn",
  "Mã gian hàng chung",
  "Phần chia gian chung (%)",
  "Tiền thuê gian hàng (đồng)",
  "Tỷ lệ hỗ trợ (%)",
  "Số tiền hỗ trợ (đồng)",
];

describe("booth-holder list rows", () => {
  const { columns, missing } = mapParticipantHeader(header);

  it("finds the columns whatever their case and diacritics, and names missing required ones", () => {
    expect(missing).toEqual([]);
    expect(columns).toMatchObject({ name: 1, taxCode: 2, commune: 3, boothRent: 7 });
    expect(mapParticipantHeader(["STT", "Cơ sở"]).missing).toEqual(["Tiền thuê gian hàng (đồng)"]);
  });

  it("reads Vietnamese numbers and leaves blank support to the norm", () => {
    const row = parseParticipantRow(
      2,
      ["1", "Cơ sở A", "", "P. Mỹ Tho", "2", "", "", "24.000.000", "", ""],
      columns,
    );
    expect(row).toMatchObject({
      ok: true,
      value: {
        wholeBooths: 2,
        boothRent: 24_000_000n,
        supportShareBps: null,
        supportAmount: null,
        foldedCommune: "my tho",
      },
    });
  });

  it("refuses fractional whole booths by name, and a row with neither tax code nor commune", () => {
    const fraction = parseParticipantRow(
      3,
      ["1", "Cơ sở A", "", "Mỹ Tho", "1,5", "", "", "1.000", "", ""],
      columns,
    );
    expect(fraction.ok).toBe(false);
    if (!fraction.ok) expect(fraction.problems[0]).toMatchObject({ row: 3, column: "Số gian tiêu chuẩn" });
    const lost = parseParticipantRow(4, ["1", "Cơ sở A", "", "", "1", "", "", "1.000", "", ""], columns);
    expect(lost.ok).toBe(false);
    if (!lost.ok) expect(lost.problems.map((p) => p.column)).toEqual(["Xã, phường"]);
  });

  it("takes a shared booth's share in percent, and puts back a tax code's lost leading zero", () => {
    const shared = parseParticipantRow(
      5,
      ["", "Cơ sở B", "312345678", "", "", "A-12", "50", "6.000.000", "80", ""],
      columns,
    );
    expect(shared).toMatchObject({
      ok: true,
      value: { taxCode: "0312345678", wholeBooths: 0, sharedBoothShareBps: 5000, supportShareBps: 8000 },
    });
    expect(restoreLeadingZero("0312345678")).toBe("0312345678");
    expect(foldCommuneName("Phường Mỹ Tho")).toBe(foldCommuneName("mỹ tho"));
    expect(foldCommuneName("Xã Đạo Thạnh")).toBe("dao thanh");
  });
});
