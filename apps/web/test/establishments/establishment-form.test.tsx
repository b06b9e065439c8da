import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EstablishmentForm } from "../../src/features/establishments/form/establishment-form";
import { chooseOption, errorsOf, expectFieldError, shownErrors } from "../support/antd";
import { problem, stubApi } from "../support/fetch-stub";
import { CAO_LANH, referenceRoutes } from "../support/reference-routes";
import { renderWithApp } from "../support/render";

const created = { id: "E-101", name: "Cơ sở Bánh phồng Sa Đéc" };

function renderNewForm(routes = {}) {
  const api = stubApi({ ...referenceRoutes, "POST /establishments": created, ...routes });
  const view = renderWithApp(<EstablishmentForm provinceIdByName={new Map()} />, {
    route: "/app/co-so-cnnt/moi",
  });
  return { ...view, api };
}

/** Fills every required field with valid values; the province is the officer's own. */
async function fillRequired(user: ReturnType<typeof renderNewForm>["user"]) {
  await user.type(screen.getByLabelText("Tên cơ sở"), "  Cơ sở Bánh phồng Sa Đéc ");
  await chooseOption(user, "Loại hình", "Hộ kinh doanh");
  await chooseOption(user, "Xã/phường", CAO_LANH.name);
  await user.type(screen.getByLabelText("Địa chỉ"), "12 đường Nguyễn Huệ");
  await chooseOption(user, "Ngành nghề", "Chế biến nông, lâm, thủy sản");
  await user.type(screen.getByLabelText("Sản phẩm chính"), "Bánh phồng tôm");
}

const save = () => screen.getByRole("button", { name: "Lưu" });

describe("establishment form", () => {
  it("refuses an empty form with a Vietnamese message under every required field, and sends nothing", async () => {
    const { user, api } = renderNewForm();
    // The officer's province is fixed: it is filled in and cannot be changed.
    await waitFor(() => expect(screen.getByTitle("Đồng Tháp")).toBeTruthy());
    await user.click(save());
    await expectFieldError("Vui lòng nhập tên cơ sở");
    expect(shownErrors()).toEqual([
      "Vui lòng nhập tên cơ sở",
      "Vui lòng chọn loại hình",
      "Vui lòng chọn xã/phường",
      "Vui lòng nhập địa chỉ",
      "Chọn ít nhất một ngành nghề",
      "Vui lòng nhập sản phẩm chính",
    ]);
    expect(api.bodiesSentTo("POST /establishments")).toEqual([]);
  });

  it("checks the tax code: 10 digits, a branch 10 + 3, or 12 digits", async () => {
    const { user } = renderNewForm();
    const taxCode = screen.getByLabelText("Mã số thuế");
    await user.type(taxCode, "03012345");
    await user.tab();
    await waitFor(() =>
      expect(errorsOf(taxCode)).toEqual([
        "Mã số thuế gồm 10 chữ số, 13 ký tự dạng 0101234567-001 (chi nhánh) hoặc 12 chữ số (số định danh cá nhân)",
      ]),
    );
    for (const valid of ["0301234567", "0301234567-001", "030123456789"]) {
      await user.clear(taxCode);
      await user.type(taxCode, valid);
      await waitFor(() => expect(errorsOf(taxCode)).toEqual([]));
    }
  });

  it("sends the JSON the API takes, trimmed and without empty optional fields, then opens the new record", async () => {
    const { user, api } = renderNewForm();
    await fillRequired(user);
    await user.type(screen.getByLabelText("Mã số thuế"), "0301234567-001");
    await user.click(save());
    await waitFor(() => expect(api.bodiesSentTo("POST /establishments")).toHaveLength(1));
    expect(api.bodiesSentTo("POST /establishments")[0]).toEqual({
      name: "Cơ sở Bánh phồng Sa Đéc",
      legalForm: "HKD",
      subjectClass: "CNNT",
      taxCode: "0301234567-001",
      communeId: CAO_LANH.id,
      addressText: "12 đường Nguyễn Huệ",
      sites: [],
      industries: ["CHE_BIEN"],
      vsicCodes: [],
      mainProducts: "Bánh phồng tôm",
      yearData: [],
    });
    await waitFor(() => expect(screen.getByTestId("current-path").textContent).toBe("/app/co-so-cnnt/E-101"));
  });

  it("puts a taken tax code under its field, with a link to the record that has it", async () => {
    const { user } = renderNewForm({
      "POST /establishments": problem(
        409,
        "ESTABLISHMENT_TAX_CODE_TAKEN",
        "Mã số thuế 0301234567 đã có trong hệ thống",
        {
          existingId: "E-7",
        },
      ),
    });
    await fillRequired(user);
    const taxCode = screen.getByLabelText("Mã số thuế");
    await user.type(taxCode, "0301234567");
    await user.click(save());
    await waitFor(() => expect(errorsOf(taxCode)[0]).toContain("Mã số thuế 0301234567 đã có trong hệ thống"));
    const link = within(taxCode.closest(".ant-form-item") as HTMLElement).getByRole("link", {
      name: "Xem cơ sở đã có",
    });
    expect(link.getAttribute("href")).toBe("/app/co-so-cnnt/E-7");
    expect(screen.getByTestId("current-path").textContent).toBe("/app/co-so-cnnt/moi");
  });

  it("places the server's field errors on the fields and lists the others above the form", async () => {
    const { user } = renderNewForm({
      "POST /establishments": problem(422, "VALIDATION_FAILED", "Dữ liệu không hợp lệ", {
        errors: [
          { path: "body.mainProducts", message: "Sản phẩm chính chứa ký tự không cho phép" },
          { path: "body.unknownThing", message: "Trường không được hỗ trợ" },
        ],
      }),
    });
    await fillRequired(user);
    await user.click(save());
    await waitFor(() =>
      expect(errorsOf(screen.getByLabelText("Sản phẩm chính"))).toEqual([
        "Sản phẩm chính chứa ký tự không cho phép",
      ]),
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Dữ liệu không hợp lệ");
    expect(alert.textContent).toContain("Trường không được hỗ trợ");
  });
});
