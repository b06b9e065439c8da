import type { Ability } from "@kc/domain";
import type { ComponentType } from "react";
import type { RouteObject } from "react-router";
import { RequireAbility } from "../components/require-ability";

/** A lazily loaded page; with `anyOf`, shown only to users holding one of those abilities. */
export function page(load: () => Promise<ComponentType>, anyOf?: readonly Ability[]): RouteObject["lazy"] {
  return async () => {
    const Page = await load();
    if (!anyOf) return { Component: Page };
    return {
      Component: () => (
        <RequireAbility anyOf={anyOf}>
          <Page />
        </RequireAbility>
      ),
    };
  };
}
