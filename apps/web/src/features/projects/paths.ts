/** Routes of this module (React Router paths under /app). */
export const PROJECTS_PATH = "/app/de-an";
export const NEW_PROJECT_PATH = `${PROJECTS_PATH}/moi`;
export const projectPath = (id: string) => `${PROJECTS_PATH}/${encodeURIComponent(id)}`;
export const editProjectPath = (id: string) => `${projectPath(id)}/sua`;
