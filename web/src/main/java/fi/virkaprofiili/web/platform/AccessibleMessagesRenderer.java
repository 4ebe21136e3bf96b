package fi.virkaprofiili.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as an error summary (the pattern of the Suomi.fi and GOV.UK design systems):
 * each message a plain list item, and each message about a field a link to that field, so that a
 * person who reads the summary at the top of the form can go straight to what to fix. PrimeFaces
 * gives every {@code <li>} the role "alert", which makes it no longer an item of its list for
 * assistive technology (axe rule "list", WCAG 1.3.1); the messages' container already announces
 * them (aria-live). A link's target is the field's client id; resources/js/portal.js moves focus to
 * the input inside a composite field (a date picker's, a number's).
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
    super.encodeMessage(
        new ListItemWriter(writer, fieldOf(FacesContext.getCurrentInstance(), message)),
        uiMessages,
        message,
        severity,
        escape);
  }

  /** The client id of the field the message is about, or null for a message about the page. */
  private static String fieldOf(FacesContext context, FacesMessage message) {
    if (context == null) {
      return null;
    }
    Map<FacesMessage, String> fields = new IdentityHashMap<>();
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      if (id != null) {
        context.getMessageList(id).forEach(each -> fields.putIfAbsent(each, id));
      }
    }
    return fields.get(message);
  }

  /**
   * Writes everything but the roles that take a list item out of its list, and puts the summary of
   * a field's message in a link to the field.
   */
  private static final class ListItemWriter extends ResponseWriterWrapper {

    private final String field;
    private String element;
    private boolean inSummary;

    ListItemWriter(ResponseWriter wrapped, String field) {
      super(wrapped);
      this.field = field;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
      inSummary = false;
      super.endElement(name);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
        return;
      }
      if ("span".equals(element)
          && "class".equals(name)
          && String.valueOf(value).endsWith("-summary")) {
        inSummary = true;
      }
      super.writeAttribute(name, value, property);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
      if (!linked()) {
        super.writeText(text, property);
        return;
      }
      startLink();
      super.writeText(text, property);
      super.endElement("a");
    }

    @Override
    public void write(String text) throws IOException {
      if (!linked()) {
        super.write(text);
        return;
      }
      startLink();
      super.write(text);
      super.endElement("a");
    }

    private boolean linked() {
      return inSummary && field != null;
    }

    private void startLink() throws IOException {
      inSummary = false;
      super.startElement("a", null);
      super.writeAttribute("href", "#" + field, null);
      super.writeAttribute("class", "field-link", null);
    }
  }
}
