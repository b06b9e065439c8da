export const REPORTS_PATH = "/app/bao-cao";
export const reportPath = (id: string) => `${REPORTS_PATH}/${encodeURIComponent(id)}`;
export const MY_REPORTS_PATH = "/app/bao-cao-cua-toi";
export const REPORT_COMPLETENESS_PATH = "/app/tinh-hinh-nop-bao-cao";
