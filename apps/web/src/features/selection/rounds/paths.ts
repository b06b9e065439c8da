/** Addresses of the selection pages (the menu's "Bình chọn sản phẩm"). */
export const SELECTION_ROUNDS_PATH = "/app/binh-chon-san-pham";
export const NEW_SELECTION_ROUND_PATH = `${SELECTION_ROUNDS_PATH}/moi`;
export const selectionRoundPath = (id: string) => `${SELECTION_ROUNDS_PATH}/${encodeURIComponent(id)}`;
export const editSelectionRoundPath = (id: string) => `${selectionRoundPath(id)}/sua`;
