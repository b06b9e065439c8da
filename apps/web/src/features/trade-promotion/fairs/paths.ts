/** Routes of the fairs module (React Router paths under /app). */
export const FAIRS_PATH = "/app/hoi-cho-trien-lam";
export const FAIR_CALENDAR_PATH = `${FAIRS_PATH}/lich`;
export const NEW_FAIR_PATH = `${FAIRS_PATH}/moi`;
export const fairPath = (id: string) => `${FAIRS_PATH}/${encodeURIComponent(id)}`;
export const editFairPath = (id: string) => `${fairPath(id)}/sua`;
