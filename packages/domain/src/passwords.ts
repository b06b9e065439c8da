import { textInputProblem } from "./text-input";

/**
 * Rules for a password a person chooses (RELIABILITY.md §1.2, ASVS 6.2): at least 8 characters, long passphrases
 * allowed, no composition rules, and not one that guessers try first. The list below is a short one — the
 * world's most used passwords and their Vietnamese counterparts, plus this system's own name — so that the
 * most likely guesses are refused in the browser and on the server alike.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const commonPasswords = new Set([
  "12345678",
  "123456789",
  "1234567890",
  "87654321",
  "11111111",
  "00000000",
  "12341234",
  "11223344",
  "password",
  "password1",
  "password123",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "qwertyui",
  "qwerty123",
  "qwertyuiop",
  "1qaz2wsx",
  "1q2w3e4r",
  "1q2w3e4r5t",
  "zaq12wsx",
  "abcd1234",
  "abc12345",
  "abcdefgh",
  "iloveyou",
  "iloveyou1",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "welcome1",
  "welcome123",
  "admin123",
  "admin1234",
  "administrator",
  "letmein1",
  "trustno1",
  "superman",
  "starwars",
  "whatever",
  "dragon123",
  "monkey123",
  "computer",
  "internet",
  "changeme",
  "asdfghjk",
  "asdf1234",
  "zxcvbnm1",
  "matkhau",
  "matkhau1",
  "matkhau123",
  "matkhau@123",
  "mat-khau",
  "mat-khau-123",
  "anhyeuem",
  "anhyeuem1",
  "anhyeuem123",
  "emyeuanh",
  "yeuemmaimai",
  "vietnam1",
  "vietnam123",
  "vietnam@123",
  "hanoi123",
  "saigon123",
  "hochiminh",
  "khuyencong",
  "khuyencong1",
  "khuyencong123",
  "khuyencong@123",
  "congthuong",
  "congthuong123",
  "bocongthuong",
  "admin@123",
  "abc@1234",
  "abc@123456",
  "a12345678",
  "aa123456",
  "123456aa",
  "123123123",
  "12344321",
  "147258369",
  "123qweasd",
  "qweasdzxc",
  "1234qwer",
  "q1w2e3r4",
]);

export type PasswordProblem = {
  code: "TOO_SHORT" | "TOO_LONG" | "INVALID_CHARACTER" | "TOO_COMMON";
  message: string;
};

/** Why a new password would be refused, or null when it is acceptable. `email` is the account's own address. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return { code: "TOO_SHORT", message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự` };
  if ([...password].length > PASSWORD_MAX_LENGTH)
    return { code: "TOO_LONG", message: `Mật khẩu không được quá ${PASSWORD_MAX_LENGTH} ký tự` };
  const characterProblem = textInputProblem(password, "multiline");
  if (characterProblem === "NUL" || characterProblem === "UNPAIRED_SURROGATE")
    return { code: "INVALID_CHARACTER", message: "Mật khẩu chứa ký tự không hợp lệ" };
  const lowered = password.toLowerCase();
  const email = context.email?.trim().toLowerCase() ?? "";
  const localPart = email.split("@")[0] ?? "";
  const oneCharacterRepeated = new Set(lowered).size === 1;
  if (
    commonPasswords.has(lowered) ||
    oneCharacterRepeated ||
    (email !== "" && (lowered === email || (localPart.length >= 4 && lowered.includes(localPart))))
  ) {
    return {
      code: "TOO_COMMON",
      message: "Mật khẩu này quá dễ đoán (phổ biến hoặc chứa tên đăng nhập); hãy chọn một cụm từ dài hơn",
    };
  }
  return null;
}
