export { OutboxMailer, type Mailer, type MailMessage } from "./mailer.js";
