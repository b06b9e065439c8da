/** Routes of this module (React Router paths under /app). */
export const ESTABLISHMENTS_PATH = "/app/co-so-cnnt";
export const NEW_ESTABLISHMENT_PATH = `${ESTABLISHMENTS_PATH}/moi`;
export const establishmentPath = (id: string) => `${ESTABLISHMENTS_PATH}/${encodeURIComponent(id)}`;
export const editEstablishmentPath = (id: string) => `${establishmentPath(id)}/sua`;
