package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.profile.entity.ProfileLanguage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Language checkboxes bind to a set, whose element type Faces cannot see; this names it. */
@FacesConverter(value = "profileLanguage", managed = true)
public class ProfileLanguageConverter implements Converter<ProfileLanguage> {

  @Override
  public ProfileLanguage getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ProfileLanguage.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException("Unknown language " + value, e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ProfileLanguage value) {
    return value == null ? "" : value.name();
  }
}
