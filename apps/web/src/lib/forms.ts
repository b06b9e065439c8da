/**
 * The domain's zod field schemas as Ant Design Form rules (STYLE.md rule 3): the browser checks a field with the
 * very rule the server applies, and shows the form's own message in the UI language when it fails.
 */
import type { RuleObject } from "antd/es/form";

/** What a rule needs of a zod schema (the web app itself does not depend on zod). */
type FieldSchema = { safeParse(value: unknown): { success: boolean } };

/** True when the domain's schema takes the value as it is typed. */
export function accepts(schema: FieldSchema, value: unknown): boolean {
  return schema.safeParse(value).success;
}

/** A rule that checks a filled-in field with `schema`; an empty field is left to `required`, if any. */
export function schemaRule(schema: FieldSchema, message: string): RuleObject {
  return {
    validator: async (_, value?: string) => {
      if (value?.trim() && !accepts(schema, value)) throw new Error(message);
    },
  };
}
