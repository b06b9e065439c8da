import { todayInVietnam as todayIso } from "@kc/domain";
import { screen, waitFor, within } from "@testing-library/react";
import { Button, Form } from "antd";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { FormSection } from "../../src/components/section";
import { CommuneSelect } from "../../src/features/admin-units/commune-select";
import { SitesField } from "../../src/features/establishments/form/sites-field";
import { YearDataField } from "../../src/features/establishments/form/year-data-field";
import { chooseOption, errorsOf } from "../support/antd";
import { stubApi } from "../support/fetch-stub";
import { CAO_LANH, LONG_XUYEN, MY_AN, referenceRoutes } from "../support/reference-routes";
import { renderWithApp } from "../support/render";

/** A bare form around the shared field pieces, as the establishment and project forms use them. */
function TestForm({
  children,
  onFinish,
  initial = {},
}: {
  children: ReactNode;
  onFinish: (values: unknown) => void;
  initial?: object;
}) {
  return (
    <Form layout="vertical" initialValues={initial} onFinish={onFinish}>
      {children}
      <Button htmlType="submit">Gửi</Button>
    </Form>
  );
}

const optionsShown = () =>
  [
    ...document.querySelectorAll(
      ".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option",
    ),
  ].map((option) => option.textContent);

describe("FormSection", () => {
  it("titles its block with a heading, so screen-reader users can jump between blocks", () => {
    renderWithApp(
      <FormSection title="Liên hệ">
        <p>nội dung</p>
      </FormSection>,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Liên hệ" })).toBeTruthy();
  });
});

describe("CommuneSelect", () => {
  it("waits for a province, then offers only that province's communes", async () => {
    stubApi(referenceRoutes);
    const { user, rerender } = renderWithApp(<CommuneSelect aria-label="Xã" provinceId={undefined} />);
    const box = screen.getByRole("combobox", { name: "Xã" });
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText("Chọn tỉnh/thành phố trước")).toBeTruthy();
    rerender(<CommuneSelect aria-label="Xã" provinceId="P87" />);
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    await user.click(box);
    await waitFor(() => expect(optionsShown()).toEqual([CAO_LANH.name, MY_AN.name]));
  });
});

describe("production sites", () => {
  it("start in the establishment's province, clear the commune when the province changes, and send each site", async () => {
    stubApi(referenceRoutes);
    const onFinish = vi.fn();
    const { user } = renderWithApp(
      <TestForm onFinish={onFinish} initial={{ provinceId: "P87", sites: [] }}>
        <SitesField communeLabels={{}} />
      </TestForm>,
    );
    expect(screen.getByText("Chưa ghi nhận cơ sở sản xuất nào ngoài trụ sở.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /Thêm cơ sở sản xuất/ }));
    const site = within(screen.getByRole("group", { name: "Cơ sở sản xuất 1" }));
    await waitFor(() => expect(site.getByTitle("Đồng Tháp")).toBeTruthy());
    await chooseOption(user, site.getByLabelText("Xã/phường"), MY_AN.name);
    await chooseOption(user, site.getByLabelText("Tỉnh/thành phố"), "An Giang");
    // The commune of the former province is gone; the site cannot be sent without a new one.
    await user.type(site.getByLabelText("Địa chỉ"), "Ấp 3");
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    await waitFor(() =>
      expect(errorsOf(site.getByLabelText("Xã/phường"))).toEqual(["Vui lòng chọn xã/phường"]),
    );
    expect(onFinish).not.toHaveBeenCalled();
    await chooseOption(user, site.getByLabelText("Xã/phường"), LONG_XUYEN.name);
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0]?.[0]).toMatchObject({
      sites: [{ provinceId: "P89", communeId: LONG_XUYEN.id, addressText: "Ấp 3" }],
    });
  });
});

describe("year data", () => {
  it("adds last year first and the year after the latest next (even on a quick double click), and refuses a year twice", async () => {
    const onFinish = vi.fn();
    const { user } = renderWithApp(
      <TestForm onFinish={onFinish} initial={{ yearData: [] }}>
        <YearDataField />
      </TestForm>,
    );
    const lastYear = Number(todayIso().slice(0, 4)) - 1;
    await user.click(screen.getByRole("button", { name: /Thêm năm/ }));
    await user.click(screen.getByRole("button", { name: /Thêm năm/ }));
    const first = screen.getByLabelText("Năm năm #1") as HTMLInputElement;
    const second = screen.getByLabelText("Năm năm #2") as HTMLInputElement;
    expect([first.value, second.value]).toEqual([String(lastYear), String(lastYear + 1)]);
    await user.clear(second);
    await user.type(second, String(lastYear));
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    await waitFor(() => expect(errorsOf(second)).toEqual(["Năm bị trùng"]));
    expect(onFinish).not.toHaveBeenCalled();
  });

  it("takes money typed with dot grouping and refuses other text", async () => {
    const onFinish = vi.fn();
    const { user } = renderWithApp(
      <TestForm onFinish={onFinish} initial={{ yearData: [{ year: 2024 }] }}>
        <YearDataField />
      </TestForm>,
    );
    const revenue = screen.getByLabelText("Doanh thu năm 2024");
    await user.type(revenue, "1.234,5");
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    await waitFor(() =>
      expect(errorsOf(revenue)).toEqual([
        "Nhập số tiền bằng chữ số (đồng), có thể dùng dấu chấm ngăn cách hàng nghìn",
      ]),
    );
    await user.clear(revenue);
    await user.type(revenue, "1.250.000.000");
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0]?.[0]).toMatchObject({
      yearData: [{ year: 2024, revenue: "1.250.000.000" }],
    });
  });
});
