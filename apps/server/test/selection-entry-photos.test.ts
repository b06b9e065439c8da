import { count } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectionEntryPhoto } from "../src/db/schema/index";
import { processPhoto } from "../src/modules/selection/entries/entry-photos";
import { entryInput, photo, photoForm, seedEntryFixtures } from "./selection-entry-support";
import {
  buildUser,
  createTestContext,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Entry photos (issue 16 item 3): checked by their bytes, not their name; re-encoded without metadata; served as
 * cached thumbnails; refused with a Vietnamese reason and nothing written when not an image, too large or too small.
 */
describe.each(engines)("entry photos on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let entryId: string;
  const photoCount = async () => (await ctx.db.select({ n: count() }).from(selectionEntryPhoto))[0]?.n;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedEntryFixtures(ctx, (await buildUser(ctx, { role: "JUROR" })).id);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    entryId = (await json(await officer.post("/api/v1/selection-rounds/R-DT/entries", entryInput()))).id;
  });
  afterAll(async () => ctx?.close());

  it("keeps a JPEG and a PNG re-encoded without metadata, and serves a cached WebP thumbnail", async () => {
    const front = await officer.post(
      `/api/v1/selection-entries/${entryId}/photos/FRONT`,
      photoForm(await photo(1800, 1200)),
    );
    expect(front.status).toBe(200);
    expect(await json(front)).toMatchObject({ angle: "FRONT", width: 1800, height: 1200 });
    const side = await officer.post(
      `/api/v1/selection-entries/${entryId}/photos/SIDE`,
      photoForm(await photo(4000, 6000, "png"), "mat-ben.png", "image/png"),
    );
    expect(await json(side)).toMatchObject({ angle: "SIDE", width: 2000, height: 3000 });
    const entry = await json(await officer.get(`/api/v1/selection-entries/${entryId}`));
    expect(entry.photos.map((p: { angle: string }) => p.angle)).toEqual(["FRONT", "SIDE"]);
    const thumbnail = await officer.get(entry.photos[0].thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    expect(thumbnail.headers.get("cache-control")).toContain("max-age=31536000");
    const small = await sharp(new Uint8Array(await thumbnail.arrayBuffer())).metadata();
    expect(Math.max(small.width ?? 0, small.height ?? 0)).toBe(480);
    const kept = await officer.get(entry.photos[0].url);
    const meta = await sharp(new Uint8Array(await kept.arrayBuffer())).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    const hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect((await hanoi.get(entry.photos[0].thumbnailUrl)).status).toBe(404);
  });

  it("refuses a renamed text file, a file too large, a picture too small and a broken image, writing nothing", async () => {
    const before = await photoCount();
    const url = `/api/v1/selection-entries/${entryId}/photos/TOP`;
    const text = new TextEncoder().encode("đây không phải là ảnh ".repeat(200));
    const renamed = await officer.post(url, photoForm(text, "anh.jpg", "image/jpeg"));
    expect(renamed.status).toBe(422);
    expect((await json(renamed)).code).toBe("SELECTION_PHOTO_INVALID");
    const large = new Uint8Array(9 * 1024 * 1024);
    large.set(await photo(1000, 1000));
    const tooLarge = await officer.post(url, photoForm(large));
    // The server's upload limit (6 MB in tests) may answer before the photo's own 8 MB limit: both are 413.
    expect(tooLarge.status).toBe(413);
    expect(["PAYLOAD_TOO_LARGE", "SELECTION_PHOTO_TOO_LARGE"]).toContain((await json(tooLarge)).code);
    await expect(processPhoto(large)).rejects.toMatchObject({ code: "SELECTION_PHOTO_TOO_LARGE" });
    const tiny = await officer.post(url, photoForm(await photo(400, 300, "png"), "nho.png", "image/png"));
    expect(tiny.status).toBe(422);
    expect((await json(tiny)).detail).toContain("Ảnh quá nhỏ (400 × 300");
    const jpeg = await photo(1800, 1200);
    const truncated = await officer.post(url, photoForm(jpeg.slice(0, 400)));
    expect(truncated.status).toBe(422);
    expect(await photoCount()).toBe(before);
  });
});
