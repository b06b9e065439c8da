import { describe, expect, it } from "vitest";
import { certificateIssueAction } from "./certificate-actions";

describe("certificateIssueAction", () => {
  const codes = (state: Parameters<typeof certificateIssueAction>[0]) =>
    certificateIssueAction(state).reasons.map((reason) => reason.code);

  it("lets the approver issue while the round accepts certificates and a recognised product has none", () => {
    for (const roundStatus of ["RECOGNISED", "COMPLAINT_WINDOW", "NOMINATED_UP"] as const)
      expect(
        certificateIssueAction({ callerIsApprover: true, roundStatus, recognisedWithoutCertificate: 1 }),
      ).toEqual({ available: true, reasons: [] });
  });

  it("names every reason against it: not the approver, the round's state, nothing left to issue", () => {
    expect(
      codes({ callerIsApprover: false, roundStatus: "JUDGING", recognisedWithoutCertificate: 0 }),
    ).toEqual(["FORBIDDEN", "SELECTION_CERTIFICATE_NOT_ALLOWED"]);
    expect(codes({ callerIsApprover: true, roundStatus: "CLOSED", recognisedWithoutCertificate: 3 })).toEqual(
      ["SELECTION_CERTIFICATE_NOT_ALLOWED"],
    );
    expect(
      codes({ callerIsApprover: true, roundStatus: "RECOGNISED", recognisedWithoutCertificate: 0 }),
    ).toEqual(["SELECTION_CERTIFICATE_EXISTS"]);
  });
});
