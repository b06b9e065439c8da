import type { viAccount } from "../vi/account";

/** Strings of password self-service: change, forgot, reset (English). */
export const enAccount: typeof viAccount = {
  account: {
    changeTitle: "Change password",
    changeDescription:
      "Enter your current password and choose a new one. Your other sessions (other computers and browsers) will end.",
    mustChange:
      "The password you just used was set by an administrator. To protect your account, choose your own password before you continue.",
    currentPassword: "Current password",
    currentPasswordRequired: "Please enter your current password",
    newPassword: "New password",
    newPasswordHint: "At least 8 characters; a long phrase of 15 or more, easy for you to remember, is best.",
    confirmPassword: "Repeat the new password",
    confirmMismatch: "The two new passwords differ",
    changeSubmit: "Change password",
    changed: "Password changed",
    changedEndedSessions: "Password changed; {{count}} other session(s) ended",
    forgotLink: "Forgot your password?",
    forgotTitle: "Forgotten password",
    forgotDescription:
      "Enter your account's e-mail address. We will send you a link to choose a new password.",
    forgotSubmit: "Send the reset link",
    forgotSentTitle: "Check your mailbox",
    resetTitle: "Choose a new password",
    resetDescription: "Choose a new password for the account. Every open session will end.",
    resetSubmit: "Set the new password",
    resetDone: "Your new password is set. Sign in with it.",
    resetNoToken: "The link is incomplete. Open the link from the e-mail as it is, or ask for a new one.",
    requestNewLink: "Ask for a new link",
    goToSignIn: "Go to sign-in",
    passwordCard: "Password",
    passwordCardHint: "Change your password whenever you suspect someone else knows it.",
  },
};
