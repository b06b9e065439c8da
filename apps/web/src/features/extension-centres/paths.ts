export const CENTRES_PATH = "/app/mang-luoi-khuyen-cong/trung-tam";
export const centrePath = (id: string) => `${CENTRES_PATH}/${encodeURIComponent(id)}`;
