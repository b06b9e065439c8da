/**
 * The fairs and brands of the conference reports (DOMAIN §2.1) the demo records. R-2019-national: 15 regional and
 * 2 national fairs (2016, 2018) with 4,363 participations, split per year as the demo's reported figures are
 * (demo-figures.data.ts: 850, 860, 870, 880, 903). Venues are the provinces as they were (63-province map).
 */
type NationalFair = {
  name: string;
  level: "REGIONAL" | "NATIONAL";
  venueCode: string;
  startDate: string;
  participations: number;
};

const regional = (
  region: string,
  venueCode: string,
  startDate: string,
  participations: number,
): NationalFair => ({
  name: `Hội chợ triển lãm hàng CNNT tiêu biểu khu vực ${region} năm ${startDate.slice(0, 4)}`,
  level: "REGIONAL",
  venueCode,
  startDate,
  participations,
});
const nationalFair = (startDate: string, participations: number): NationalFair => ({
  name: `Hội chợ triển lãm hàng CNNT toàn quốc năm ${startDate.slice(0, 4)}`,
  level: "NATIONAL",
  venueCode: "01",
  startDate,
  participations,
});

export const nationalFairs2014to2018: NationalFair[] = [
  regional("phía Bắc", "25", "2014-04-10", 284),
  regional("miền Trung - Tây Nguyên", "48", "2014-08-14", 283),
  regional("phía Nam", "87", "2014-11-20", 283),
  regional("phía Bắc", "22", "2015-05-08", 287),
  regional("miền Trung - Tây Nguyên", "56", "2015-09-10", 287),
  regional("phía Nam", "94", "2015-12-03", 286),
  regional("phía Bắc", "40", "2016-04-21", 218),
  regional("miền Trung - Tây Nguyên", "52", "2016-07-07", 218),
  nationalFair("2016-10-13", 217),
  regional("phía Nam", "86", "2016-12-01", 217),
  regional("phía Bắc", "31", "2017-05-11", 294),
  regional("miền Trung - Tây Nguyên", "46", "2017-08-17", 293),
  regional("phía Nam", "89", "2017-11-23", 293),
  regional("phía Bắc", "36", "2018-04-12", 226),
  regional("miền Trung - Tây Nguyên", "64", "2018-07-19", 226),
  nationalFair("2018-10-11", 226),
  regional("phía Nam", "92", "2018-12-06", 225),
];

/**
 * R-2024-north (16 May 2024): 701 standard booths supported for about 300 participations in domestic fairs, and 5
 * establishments supported with trademark registration, in the first half of 2024. Recorded here by Hà Nội: three
 * fairs of 100 participants, two booths each and three for 101 of them (600 + 101 = 701).
 */
export const northern2024 = {
  fairs: [
    {
      name: "Hội chợ hàng CNNT Hà Nội lần thứ nhất năm 2024",
      startDate: "2024-03-14",
      participations: 100,
      threeBoothParticipants: 34,
    },
    {
      name: "Hội chợ làng nghề và sản phẩm OCOP Hà Nội 2024",
      startDate: "2024-04-18",
      participations: 100,
      threeBoothParticipants: 34,
    },
    {
      name: "Hội chợ hàng CNNT khu vực phía Bắc tại Hà Nội 2024",
      startDate: "2024-06-06",
      participations: 100,
      threeBoothParticipants: 33,
    },
  ],
  brands: [
    { name: "Gốm Bát Tràng", applied: "2024-01-22" },
    { name: "Lụa Vạn Phúc", applied: "2024-02-26" },
    { name: "Mây tre đan Phú Vinh", applied: "2024-03-18" },
    { name: "Nón lá Chuông", applied: "2024-04-15" },
    { name: "Sơn mài Hạ Thái", applied: "2024-05-20" },
  ],
};
