import { describe, expect, it } from "vitest";
import {
  CERTIFICATE_PRIORITY_LABEL,
  certificatePriority,
  type PriorityCertificateFacts,
} from "./certificate-priority";

const provincial: PriorityCertificateFacts = {
  id: "c-tinh",
  number: "12/2024/CN-TINH",
  publicId: "pub-tinh",
  level: "TINH",
  productName: "Chiếu cói Định Yên",
  issuedOn: "2024-09-15",
  status: "VALID",
  revokedOn: null,
};
const regional: PriorityCertificateFacts = {
  ...provincial,
  id: "c-kv",
  number: "3/2025/CN-KV",
  publicId: "pub-kv",
  level: "KHU_VUC",
  issuedOn: "2025-06-01",
};

describe("priority of Circular 26 Art. 21 (certificate priority)", () => {
  it("holds from the issue day to 31 December of the third year, and names the certificate", () => {
    expect(certificatePriority([provincial], "2024-09-14")).toBeNull();
    const flag = certificatePriority([provincial], "2024-09-15");
    expect(flag).toMatchObject({
      labelVi: CERTIFICATE_PRIORITY_LABEL,
      certificateId: "c-tinh",
      publicId: "pub-tinh",
      validUntil: "2026-12-31",
    });
    expect(flag?.reasonVi).toContain("12/2024/CN-TINH");
    expect(flag?.reasonVi).toContain("31/12/2026");
    expect(certificatePriority([provincial], "2026-12-31")).not.toBeNull();
    expect(certificatePriority([provincial], "2027-01-01")).toBeNull();
  });

  it("ends on the revocation day, and a recorded revocation without a date ends it too", () => {
    const revoked = { ...provincial, status: "REVOKED" as const, revokedOn: "2025-03-10" };
    expect(certificatePriority([revoked], "2025-03-09")).not.toBeNull();
    expect(certificatePriority([revoked], "2025-03-10")).toBeNull();
    expect(certificatePriority([{ ...provincial, status: "REVOKED" }], "2025-01-01")).toBeNull();
  });

  it("names the highest level valid on the day, whatever order the certificates come in", () => {
    for (const list of [
      [provincial, regional],
      [regional, provincial],
    ]) {
      expect(certificatePriority(list, "2025-07-01")?.certificateId).toBe("c-kv");
      expect(certificatePriority(list, "2025-05-01")?.certificateId).toBe("c-tinh");
    }
    const regionalRevoked = { ...regional, status: "REVOKED" as const, revokedOn: "2025-08-01" };
    expect(certificatePriority([regionalRevoked, provincial], "2025-09-01")?.certificateId).toBe("c-tinh");
    expect(certificatePriority([], "2025-09-01")).toBeNull();
  });
});
