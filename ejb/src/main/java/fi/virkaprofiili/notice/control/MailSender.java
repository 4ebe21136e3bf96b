package fi.virkaprofiili.notice.control;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends e-mail through the SMTP server the settings name ({@code virkaprofiili.mail.*}). */
@ApplicationScoped
public class MailSender {

  private volatile Session session;

  public boolean isConfigured() {
    return !Settings.value(Settings.MAIL_HOST, "").isBlank();
  }

  /** Sends one message; a failure is thrown, so that the job is retried. */
  public void send(String to, String subject, String body) {
    if (!isConfigured()) {
      throw new IllegalStateException("No mail host configured (virkaprofiili.mail.host)");
    }
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(
          new InternetAddress(Settings.value(Settings.MAIL_FROM, "virkaprofiili@localhost")));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not e-mail " + to + ": " + e.getMessage(), e);
    }
  }

  private Session session() {
    if (session == null) {
      session = newSession();
    }
    return session;
  }

  private static Session newSession() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", Settings.value(Settings.MAIL_HOST, "localhost"));
    properties.put("mail.smtp.port", Settings.value(Settings.MAIL_PORT, "25"));
    properties.put("mail.smtp.starttls.enable", Settings.value(Settings.MAIL_STARTTLS, "false"));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    String user = Settings.value(Settings.MAIL_USER, "");
    if (user.isBlank()) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    String password = Settings.value(Settings.MAIL_PASSWORD, "");
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, password);
          }
        });
  }
}
