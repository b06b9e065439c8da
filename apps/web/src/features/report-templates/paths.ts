export const TEMPLATES_PATH = "/app/danh-muc/mau-bao-cao";
export const versionPath = (id: string) => `${TEMPLATES_PATH}/${encodeURIComponent(id)}`;
export const newVersionPath = (id: string) => `${versionPath(id)}/phien-ban-moi`;
