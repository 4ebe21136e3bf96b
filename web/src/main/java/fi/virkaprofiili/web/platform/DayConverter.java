package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.DateStyle;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A date input's day: written in the page's language ({@code 6.12.2026}, {@code 6 Dec 2026}) and
 * read as people type it in any of the product's languages, or as ISO ({@code 2026-12-06}). The
 * date picker's own conversion takes only its one pattern.
 */
@FacesConverter(value = "day", managed = true)
public class DayConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return DateStyle.parseDay(value)
        .orElseThrow(() -> new ConverterException(refusal(context, component)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return DateStyle.day(value, context.getViewRoot().getLocale());
  }

  /** "Give the date as 6.12.2026", in the page's language. */
  private static FacesMessage refusal(FacesContext context, UIComponent component) {
    Locale language = context.getViewRoot().getLocale();
    String text =
        MessageFormat.format(
            ResourceBundle.getBundle(Messages.BUNDLE, language).getString("date.invalid"),
            Dates.example(language));
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
