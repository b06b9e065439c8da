export const REPORTS_PATH = "/app/bao-cao";
export const reportPath = (id: string) => `${REPORTS_PATH}/${encodeURIComponent(id)}`;
