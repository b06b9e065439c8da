import { screen, within } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { PageHeader } from "../../src/components/page-header";
import { HelpPage } from "../../src/features/help/help-page";
import { helpTopics } from "../../src/features/help/help-topics";
import { type NavItem, navigation } from "../../src/features/shell/navigation";
import { helpLinkFor, helpModules } from "../../src/lib/help-modules";
import { renderWithApp } from "../support/render";

/** Every page a user reaches from the side menu, except modules still to come (they have no page to explain). */
const builtPages = navigation
  .flatMap((item): NavItem[] => (item.children ? item.children : [item]))
  .filter((item) => !item.coming)
  .map((item) => `/app/${item.path}`);

/** A page header at `path`, and the help pages its link can open. */
function renderHeaderAt(path: string) {
  return renderWithApp(
    <Routes>
      <Route path="/app/huong-dan/:module" element={<HelpPage />} />
      <Route path="*" element={<PageHeader title="Trang thử" />} />
    </Routes>,
    { route: path },
  );
}

describe("help for every module", () => {
  it("the menu's pages are the ones this test walks through", () => {
    expect(builtPages).toContain("/app/de-an");
    expect(builtPages).toContain("/app/danh-muc/dinh-muc-ho-tro");
    expect(builtPages).toContain("/app/hoi-cho-trien-lam");
    expect(builtPages).toContain("/app/bao-cao");
    expect(builtPages).toContain("/app/mang-luoi-khuyen-cong/hoi-nghi");
  });

  it.each([...builtPages, "/app/tai-khoan/bao-mat"])(
    "%s has a help topic, and a section for a catalogue",
    (path) => {
      const link = helpLinkFor(path);
      expect(link).not.toBeNull();
      if (!link) return;
      const topic = helpTopics[link.module];
      expect(topic.sections.length).toBeGreaterThan(0);
      if (link.section) expect(topic.sections.map((s) => s.id)).toContain(link.section);
    },
  );

  it.each([
    ["/app/de-an/P-2026-001", "/app/huong-dan/de-an"],
    ["/app/co-so-cnnt/moi", "/app/huong-dan/co-so-cnnt"],
    ["/app/danh-muc/to-chuc", "/app/huong-dan/danh-muc#to-chuc"],
    ["/app/tai-khoan/bao-mat", "/app/huong-dan/tai-khoan"],
  ])("the header of %s links to %s", (path, href) => {
    renderHeaderAt(path);
    expect(screen.getByRole("link", { name: "Hướng dẫn sử dụng trang này" }).getAttribute("href")).toBe(href);
  });

  it.each(builtPages)("the header link of %s opens that module's help", async (path) => {
    const { user } = renderHeaderAt(path);
    await user.click(screen.getByRole("link", { name: "Hướng dẫn sử dụng trang này" }));
    const link = helpLinkFor(path);
    const topic = link ? helpTopics[link.module] : null;
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(`Hướng dẫn: ${topic?.title}`);
    const contents = screen.getByRole("navigation", { name: "Nội dung" });
    for (const section of topic?.sections ?? []) {
      expect(screen.getByRole("heading", { level: 2, name: section.title })).toBeTruthy();
      expect(within(contents).getByText(section.title)).toBeTruthy();
    }
  });

  it("pages without a module (sign-in, an unknown address, the help itself) show no help link", () => {
    for (const path of ["/dang-nhap", "/app/khong-co-trang-nay", "/app/huong-dan/de-an"]) {
      expect(helpLinkFor(path)).toBeNull();
    }
    renderHeaderAt("/app/khong-co-trang-nay");
    expect(screen.queryByRole("link", { name: "Hướng dẫn sử dụng trang này" })).toBeNull();
  });

  it("every topic is filed under its own slug, with unique section anchors", () => {
    for (const slug of helpModules) {
      const topic = helpTopics[slug];
      expect(topic.module).toBe(slug);
      const ids = topic.sections.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("an unknown topic is a not-found page, not an empty one", () => {
    renderHeaderAt("/app/huong-dan/khong-co");
    expect(screen.getByText("Không tìm thấy trang")).toBeTruthy();
  });
});
