/** Routes of the showroom screens (React Router paths under /app). */
export const TRADE_PROMOTION_PATH = "/app/xuc-tien-thuong-mai";
export const SHOWROOMS_PATH = `${TRADE_PROMOTION_PATH}/phong-trung-bay`;
export const NEW_SHOWROOM_PATH = `${SHOWROOMS_PATH}/moi`;
export const showroomPath = (id: string) => `${SHOWROOMS_PATH}/${encodeURIComponent(id)}`;
export const editShowroomPath = (id: string) => `${showroomPath(id)}/sua`;
