package fi.virkaprofiili.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with each message a plain list item. PrimeFaces gives every {@code <li>}
 * the role "alert", which makes it no longer an item of its list for assistive technology (axe rule
 * "list", WCAG 1.3.1); the messages' container already announces them (aria-live).
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages uiMessages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new ListItemWriter(writer), uiMessages, message, severity, escape);
  }

  /** Writes everything but the roles that take a list item out of its list. */
  private static final class ListItemWriter extends ResponseWriterWrapper {

    private String element;

    ListItemWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
