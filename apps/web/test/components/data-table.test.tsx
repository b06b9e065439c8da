import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { type DataColumn, DataTable } from "../../src/components/data-table";
import { renderWithApp } from "../support/render";

type Row = { id: string; name: string; status: string; note: string };

const rows: Row[] = [{ id: "1", name: "Cơ sở may Bến Tre", status: "Đang hoạt động", note: "Ghi chú dài" }];
const columns: DataColumn<Row>[] = [
  { key: "name", title: "Tên", dataIndex: "name", width: 200, alwaysVisible: true },
  { key: "status", title: "Trạng thái", dataIndex: "status", width: 140 },
  { key: "note", title: "Ghi chú", dataIndex: "note", width: 200, hiddenByDefault: true },
];

const headers = () => screen.getAllByRole("columnheader").map((cell) => cell.textContent);

async function openChooser(user: ReturnType<typeof renderWithApp>["user"]) {
  await user.click(screen.getByRole("button", { name: "Chọn cột" }));
  return within(await screen.findByTestId("sample-column-chooser"));
}

describe("DataTable settings", () => {
  afterEach(() => window.localStorage.clear());

  it("shows the default columns, and the chooser turns one off and another on, kept for the next visit", async () => {
    const first = renderWithApp(
      <DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />,
    );
    expect(headers()).toEqual(["Tên", "Trạng thái"]);

    const chooser = await openChooser(first.user);
    expect((chooser.getByRole("checkbox", { name: "Tên" }) as HTMLInputElement).disabled).toBe(true);
    await first.user.click(chooser.getByRole("checkbox", { name: "Trạng thái" }));
    await first.user.click(chooser.getByRole("checkbox", { name: "Ghi chú" }));
    await waitFor(() => expect(headers()).toEqual(["Tên", "Ghi chú"]));
    first.unmount();

    // The same person opens the page again: the choice is still there.
    renderWithApp(<DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />);
    expect(headers()).toEqual(["Tên", "Ghi chú"]);
  });

  it("keeps each person's choice apart, and each table's", async () => {
    const officer = renderWithApp(
      <DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />,
    );
    const chooser = await openChooser(officer.user);
    await officer.user.click(chooser.getByRole("checkbox", { name: "Trạng thái" }));
    await waitFor(() => expect(headers()).toEqual(["Tên"]));
    officer.unmount();

    const colleague = renderWithApp(
      <DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />,
      { me: { id: "user-2" } },
    );
    expect(headers()).toEqual(["Tên", "Trạng thái"]);
    colleague.unmount();

    renderWithApp(<DataTable<Row> tableId="other" rowKey="id" columns={columns} dataSource={rows} />);
    expect(headers()).toEqual(["Tên", "Trạng thái"]);
  });

  it("goes back to the default columns, and keeps the density chosen", async () => {
    const first = renderWithApp(
      <DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />,
    );
    const chooser = await openChooser(first.user);
    await first.user.click(chooser.getByRole("checkbox", { name: "Ghi chú" }));
    await waitFor(() => expect(headers()).toEqual(["Tên", "Trạng thái", "Ghi chú"]));
    await first.user.click(chooser.getByRole("button", { name: "Mặc định" }));
    await waitFor(() => expect(headers()).toEqual(["Tên", "Trạng thái"]));

    expect(document.querySelector("[data-density=middle]")).not.toBeNull();
    await first.user.click(screen.getByRole("button", { name: "Mật độ hiển thị" }));
    await first.user.click(await screen.findByRole("menuitem", { name: "Gọn" }));
    await waitFor(() => expect(document.querySelector("[data-density=small]")).not.toBeNull());
    first.unmount();

    renderWithApp(<DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />);
    expect(document.querySelector("[data-density=small]")).not.toBeNull();
  });

  it("falls back to the defaults when what is stored is not a setting", () => {
    window.localStorage.setItem("kc.table.user-1.sample", "{not json");
    renderWithApp(<DataTable<Row> tableId="sample" rowKey="id" columns={columns} dataSource={rows} />);
    expect(headers()).toEqual(["Tên", "Trạng thái"]);
  });
});
