import { screen, within } from "@testing-library/react";
import { Button, Form, Input } from "antd";
import { describe, expect, it, vi } from "vitest";
import { FormListTable } from "../../src/components/form-list-table";
import { renderWithApp } from "../support/render";

type Values = { lines: { content?: string }[] };

function LinesForm({ onFinish, max = 3 }: { onFinish: (values: Values) => void; max?: number }) {
  return (
    <Form<Values> initialValues={{ lines: [{ content: "Đào tạo nghề" }] }} onFinish={onFinish}>
      <Form.List
        name="lines"
        rules={[
          {
            validator: async (_rule, lines?: unknown[]) => {
              if (!lines?.length) throw new Error("Cần ít nhất một dòng");
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <FormListTable
            fields={fields}
            remove={remove}
            columns={[
              {
                title: "Nội dung",
                key: "content",
                render: (_, field, index) => (
                  <Form.Item name={[field.name, "content"]} noStyle>
                    <Input aria-label={`Nội dung dòng ${index + 1}`} />
                  </Form.Item>
                ),
              },
            ]}
            removeLabel={(index) => `Xóa dòng ${index + 1}`}
            emptyText="Chưa có dòng nào"
            scrollX={600}
            errors={errors}
            addLabel="Thêm dòng"
            onAdd={() => add({ content: "" })}
            addDisabled={fields.length >= max}
            footer={<span>Tổng: {fields.length} dòng</span>}
          />
        )}
      </Form.List>
      <Button htmlType="submit">Gửi</Button>
    </Form>
  );
}

describe("FormListTable", () => {
  it("adds and removes rows, and the form sends what the rows hold", async () => {
    const onFinish = vi.fn();
    const { user } = renderWithApp(<LinesForm onFinish={onFinish} />);
    await user.click(screen.getByRole("button", { name: /Thêm dòng/ }));
    await user.type(screen.getByLabelText("Nội dung dòng 2"), "Tư vấn");
    expect(screen.getByText("Tổng: 2 dòng")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Xóa dòng 1" }));
    expect((screen.getByLabelText("Nội dung dòng 1") as HTMLInputElement).value).toBe("Tư vấn");
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith({ lines: [{ content: "Tư vấn" }] }));
  });

  it("shows the empty text and the list's own error, and stops adding at the limit", async () => {
    const onFinish = vi.fn();
    const { user } = renderWithApp(<LinesForm onFinish={onFinish} max={1} />);
    const add = screen.getByRole("button", { name: /Thêm dòng/ });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Xóa dòng 1" }));
    expect(within(screen.getByRole("table")).getByText("Chưa có dòng nào")).toBeTruthy();
    expect((add as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByRole("button", { name: "Gửi" }));
    expect(await screen.findByText("Cần ít nhất một dòng")).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
  });
});
