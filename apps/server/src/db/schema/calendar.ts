import { type CalendarDayKind, calendarDayKindCodes } from "@kc/domain";
import { check, integer, pgTable, text } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { inList, isNfc } from "./checks";
import { at, day } from "./columns";

/**
 * The working-day calendar's dated configuration (S6): the days that differ from "Monday to Friday work". A public
 * holiday (Tết by the lunar calendar included) is a HOLIDAY; a Saturday worked in exchange, or any weekend day made
 * a working day, is a WORKING_DAY. The Government decides the swaps each year, so they are rows an administrator
 * enters with the decision that set them, not rules in code; a holiday library may seed the fixed holidays.
 */
export const calendarDay = pgTable(
  "calendar_day",
  {
    date: day("date").primaryKey(),
    kind: text("kind").$type<CalendarDayKind>().notNull(),
    name: text("name").notNull(),
    decisionRef: text("decision_ref").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by").references(() => user.id),
  },
  (t) => [
    check("calendar_day_kind_ck", inList(t.kind, calendarDayKindCodes)),
    check("calendar_day_name_nfc", isNfc(t.name)),
  ],
);
