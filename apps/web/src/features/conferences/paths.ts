export const CONFERENCES_PATH = "/app/mang-luoi-khuyen-cong/hoi-nghi";
export const conferencePath = (id: string) => `${CONFERENCES_PATH}/${encodeURIComponent(id)}`;
