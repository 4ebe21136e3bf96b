package fi.virkaprofiili.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Whether the field being rendered has a message, for its {@code aria-invalid} on pages that check
 * their rules themselves (see {@link Violations#showAtFields}) rather than through Faces.
 */
@Named
@ApplicationScoped
public class FieldState {

  /** Null when Faces itself found the field invalid, and so already says so. */
  public Boolean getInvalid() {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent field = UIComponent.getCurrentComponent(faces);
    if (field == null) {
      return Boolean.FALSE;
    }
    if (field instanceof EditableValueHolder input && !input.isValid()) {
      return null;
    }
    return !faces.getMessageList(field.getClientId(faces)).isEmpty();
  }
}
