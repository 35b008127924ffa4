export { OutboxMailer, type Mailer, type MailMessage, type MessageSettings } from "./mailer.js";
