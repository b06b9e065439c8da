/** The officers' list of issued certificates, beside the rounds under "Bình chọn sản phẩm". */
export const CERTIFICATES_PATH = "/app/binh-chon-san-pham/chung-nhan";
