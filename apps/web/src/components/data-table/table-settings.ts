/**
 * What a person chose for one table (columns shown, row density), kept in localStorage per signed-in user and
 * table, so two officers sharing a computer each find their own table (Ant Design's table-settings pattern).
 * Only departures from the table's defaults are stored, so a column added later shows as the code declares it.
 */
import { useCallback, useState } from "react";

export type Density = "large" | "middle" | "small";
export const densities: readonly Density[] = ["large", "middle", "small"];

export type TableSettings = {
  /** Columns the person turned off although they show by default. */
  hidden: string[];
  /** Columns the person turned on although they are hidden by default. */
  shown: string[];
  density: Density;
};

export const DEFAULT_SETTINGS: TableSettings = { hidden: [], shown: [], density: "middle" };

export function settingsKey(userId: string, tableId: string): string {
  return `kc.table.${userId}.${tableId}`;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** Reads stored settings; anything unreadable (old shape, hand-edited, storage off) falls back to the defaults. */
export function readSettings(key: string): TableSettings {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return DEFAULT_SETTINGS;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return DEFAULT_SETTINGS;
    const { hidden, shown, density } = value as Record<string, unknown>;
    return {
      hidden: isStringList(hidden) ? hidden : [],
      shown: isStringList(shown) ? shown : [],
      density: densities.find((item) => item === density) ?? DEFAULT_SETTINGS.density,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function writeSettings(key: string, settings: TableSettings): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(settings));
  } catch {
    // Storage may be full or off (private mode): the choice then lasts for this page only.
  }
}

/** Whether a column shows, given its default and the stored departures. */
export function isColumnVisible(settings: TableSettings, key: string, hiddenByDefault: boolean): boolean {
  return hiddenByDefault ? settings.shown.includes(key) : !settings.hidden.includes(key);
}

export function useTableSettings(userId: string, tableId: string) {
  const key = settingsKey(userId, tableId);
  const [state, setState] = useState(() => ({ key, settings: readSettings(key) }));
  // Another table id or user on the same component: read that one's settings.
  const settings = state.key === key ? state.settings : readSettings(key);

  const update = useCallback(
    (next: TableSettings) => {
      writeSettings(key, next);
      setState({ key, settings: next });
    },
    [key],
  );

  const setColumnVisible = (column: string, visible: boolean, hiddenByDefault: boolean) => {
    const without = (list: string[]) => list.filter((item) => item !== column);
    const hidden = without(settings.hidden);
    const shown = without(settings.shown);
    if (hiddenByDefault && visible) shown.push(column);
    if (!hiddenByDefault && !visible) hidden.push(column);
    update({ ...settings, hidden, shown });
  };

  return {
    settings,
    setColumnVisible,
    setDensity: (density: Density) => update({ ...settings, density }),
    resetColumns: () => update({ ...settings, hidden: [], shown: [] }),
  };
}
