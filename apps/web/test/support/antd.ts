/**
 * Ways a person works Ant Design's widgets, expressed for Testing Library: pick an option of a select box,
 * read the validation messages a form shows.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { expect } from "vitest";

/** Opens the select box named `label` and clicks the option showing `option`. */
export async function chooseOption(user: UserEvent, label: string | HTMLElement, option: string) {
  const box = typeof label === "string" ? screen.getByLabelText(label) : label;
  await user.click(box);
  const item = await waitFor(() => {
    const open = [...document.querySelectorAll(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")];
    const found = open
      .flatMap((dropdown) => [...dropdown.querySelectorAll<HTMLElement>(".ant-select-item-option")])
      .find((element) => element.getAttribute("title") === option || element.textContent === option);
    expect(found, `option "${option}" of ${String(label)}`).toBeDefined();
    return found as HTMLElement;
  });
  await user.click(item);
}

/** The validation messages the form shows now, in page order. */
export function shownErrors(container: HTMLElement = document.body): string[] {
  return [...container.querySelectorAll(".ant-form-item-explain-error")].map(
    (element) => element.textContent ?? "",
  );
}

/** Waits until the form shows `message` under some field. */
export async function expectFieldError(message: string) {
  await waitFor(() => expect(shownErrors()).toContain(message));
}

/** The field (Form.Item) around an input, to read its own messages. */
export function fieldOf(input: HTMLElement): HTMLElement {
  const item = input.closest<HTMLElement>(".ant-form-item");
  if (!item) throw new Error("the input is not inside a Form.Item");
  return item;
}

/** The messages under one field. */
export function errorsOf(input: HTMLElement): string[] {
  return shownErrors(fieldOf(input));
}

export { within };
