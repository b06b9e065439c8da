import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionButton } from "../../src/components/action-button";
import { renderWithApp } from "../support/render";

const refused = {
  available: false,
  reasons: [
    { code: "USER_CANNOT_DISABLE_SELF", messageVi: "Không thể tự khóa tài khoản của chính mình" },
    { code: "USER_STATUS_UNCHANGED", messageVi: "Tài khoản đã bị khóa" },
  ],
};
const open = { available: true, reasons: [] };
const setUpMatchMedia = window.matchMedia;

/** A screen `width` pixels wide, as Ant Design's breakpoints ask it through min-width/max-width queries. */
function screenWidth(width: number) {
  window.matchMedia = (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+)px/.exec(query);
    const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
    return { ...setUpMatchMedia(query), matches };
  };
}

afterEach(() => {
  window.matchMedia = setUpMatchMedia;
});

describe("ActionButton", () => {
  it("runs an available action", async () => {
    const onClick = vi.fn();
    const { user } = renderWithApp(
      <ActionButton action={open} onClick={onClick}>
        Khóa
      </ActionButton>,
    );
    await user.click(screen.getByRole("button", { name: "Khóa" }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("asks for confirmation before an available action when told to", async () => {
    const onConfirm = vi.fn();
    const { user } = renderWithApp(
      <ActionButton action={open} confirm={{ title: "Khóa tài khoản này?", okText: "Đồng ý", onConfirm }}>
        Khóa
      </ActionButton>,
    );
    await user.click(screen.getByRole("button", { name: "Khóa" }));
    expect(await screen.findByText("Khóa tài khoản này?")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Đồng ý" }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it("greys a refused action, never runs or confirms it, and gives its every reason as the description", async () => {
    screenWidth(1440);
    const onClick = vi.fn();
    const onConfirm = vi.fn();
    const { user } = renderWithApp(
      <ActionButton action={refused} onClick={onClick} confirm={{ title: "Khóa tài khoản này?", onConfirm }}>
        Khóa
      </ActionButton>,
    );
    const button = screen.getByRole("button", { name: "Khóa" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const description = document.getElementById(button.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe("Không thể tự khóa tài khoản của chính mình; Tài khoản đã bị khóa");
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(screen.queryByText("Khóa tài khoản này?")).toBeNull();
    // On a wide screen the reason is the tooltip's, shown on hover over the greyed button.
    await user.hover(button.parentElement as HTMLElement);
    await waitFor(() => expect(screen.getByRole("tooltip").textContent).toContain("Tài khoản đã bị khóa"));
  });

  it("writes the reason out under the button on a phone, where nothing hovers", () => {
    screenWidth(390);
    renderWithApp(<ActionButton action={refused}>Khóa</ActionButton>);
    const reason = screen.getByText("Không thể tự khóa tài khoản của chính mình; Tài khoản đã bị khóa");
    expect(reason.style.position).not.toBe("absolute");
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("shows nothing for an action that is not the caller's to take", () => {
    renderWithApp(
      <div data-testid="row">
        <ActionButton action={undefined}>Khóa</ActionButton>
      </div>,
    );
    expect(screen.getByTestId("row").textContent).toBe("");
  });
});
