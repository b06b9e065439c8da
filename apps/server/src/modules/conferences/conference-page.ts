import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { requireActor } from "../../platform/router";
import { canManageConferences, conferencePolicy } from "./conferences.policy";
import {
  conferenceSchema,
  presentConference,
  presentResolution,
  resolutionSchema,
} from "./conferences.presenter";
import { conferenceResolutions, findConference } from "./conferences.queries";

export const conferenceTags = ["Hội nghị khuyến công khu vực"];

export const conferencePageSchema = z
  .object({ conference: conferenceSchema, resolutions: z.array(resolutionSchema), canEdit: z.boolean() })
  .openapi("ConferencePage");

/** The conference, or a logged 404 (an id that does not exist). */
export async function conferenceOr404(c: Context<AppEnv>, id: string) {
  return conferencePolicy.inScopeOr404(c, await findConference(c.get("deps").db, id), id);
}

export async function conferencePage(c: Context<AppEnv>, id: string) {
  const found = await conferenceOr404(c, id);
  const resolutions = await conferenceResolutions(c.get("deps").db, id);
  return {
    conference: presentConference(found),
    resolutions: resolutions.map(presentResolution),
    canEdit: canManageConferences(requireActor(c)),
  };
}
