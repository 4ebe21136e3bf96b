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

  /**
   * True for a field Faces found invalid too: the page's own attribute takes the place of the
   * renderer's, so answering nothing there left such a field unmarked.
   */
  public Boolean getInvalid() {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent field = UIComponent.getCurrentComponent(faces);
    if (field == null) {
      return Boolean.FALSE;
    }
    if (field instanceof EditableValueHolder input && !input.isValid()) {
      return Boolean.TRUE;
    }
    return !faces.getMessageList(field.getClientId(faces)).isEmpty();
  }
}
