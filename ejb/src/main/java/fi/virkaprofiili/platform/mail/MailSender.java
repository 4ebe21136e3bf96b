package fi.virkaprofiili.platform.mail;

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

/** Talks to the SMTP server the settings name ({@code virkaprofiili.mail.*}). */
@ApplicationScoped
public class MailSender {

  private volatile Session session;

  public boolean isConfigured() {
    return !Settings.value(Settings.MAIL_HOST, "").isBlank();
  }

  /** One connection to the server, for the messages of one round of delivery. */
  public Connection connect() throws MessagingException {
    if (!isConfigured()) {
      throw new IllegalStateException("No mail host configured (virkaprofiili.mail.host)");
    }
    Transport transport = session().getTransport("smtp");
    transport.connect();
    return new Connection(session(), transport);
  }

  /** An open connection; closing it says goodbye to the server. */
  public static final class Connection implements AutoCloseable {

    private final Session session;
    private final Transport transport;

    private Connection(Session session, Transport transport) {
      this.session = session;
      this.transport = transport;
    }

    /** Returns once the server accepted the message; a refusal or a lost connection is thrown. */
    public void send(OutboxMessage outbox) throws MessagingException {
      MimeMessage message = new FixedIdMessage(session, MessageIds.of(outbox.getId()));
      message.setFrom(
          new InternetAddress(Settings.value(Settings.MAIL_FROM, "virkaprofiili@localhost")));
      message.setRecipient(
          Message.RecipientType.TO, new InternetAddress(outbox.getRecipient(), true));
      message.setSubject(outbox.getSubject(), StandardCharsets.UTF_8.name());
      message.setText(outbox.getBody(), StandardCharsets.UTF_8.name());
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    public boolean isConnected() {
      return transport.isConnected();
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        // The messages were accepted or failed already; a failed goodbye changes neither.
      }
    }
  }

  /** A message whose Message-ID is ours, not one Jakarta Mail makes up on each save. */
  private static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
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
    properties.put("mail.smtp.writetimeout", "10000");
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
