package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;

/**
 * Formats numbers for people in the conventions of the page's language: 4,5 in Finnish, 4.5 in
 * English.
 */
@Named
@ApplicationScoped
public class Numbers {

  public String decimal(Number number) {
    return number == null
        ? ""
        : NumberFormat.getNumberInstance(
                FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(number);
  }
}
