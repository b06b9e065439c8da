import { TRADE_PROMOTION_PATH } from "../showrooms/paths";

/** Routes of the brand screens (React Router paths under /app). */
export const BRANDS_PATH = `${TRADE_PROMOTION_PATH}/thuong-hieu`;
export const NEW_BRAND_PATH = `${BRANDS_PATH}/moi`;
export const brandPath = (id: string) => `${BRANDS_PATH}/${encodeURIComponent(id)}`;
export const editBrandPath = (id: string) => `${brandPath(id)}/sua`;
