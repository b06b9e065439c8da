import { pgTable, text } from "drizzle-orm/pg-core";
import { at } from "./columns";

/**
 * Every Ed25519 key that has signed certificate QR codes (docs/decisions/0016). The public part of each stays
 * published at /.well-known/khuyencong-certificate-keys.json so certificates signed before a rotation still
 * verify. `privatePem` is kept only for a key the server generated itself (demo and development); a production
 * key comes from CERTIFICATE_SIGNING_KEY and its private part never enters the database.
 */
export const certificateSigningKey = pgTable("certificate_signing_key", {
  kid: text("kid").primaryKey(),
  /** The public key, base64url (the `x` of its OKP JWK). */
  publicX: text("public_x").notNull(),
  privatePem: text("private_pem"),
  firstUsedAt: at("first_used_at").notNull().defaultNow(),
});
