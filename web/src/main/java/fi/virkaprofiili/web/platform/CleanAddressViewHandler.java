package fi.virkaprofiili.web.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Writes the public pages' clean addresses ({@link CleanAddresses}) wherever Faces writes a page's
 * address: links ({@code h:link outcome="/registry"}), form actions and redirects.
 */
public class CleanAddressViewHandler extends ViewHandlerWrapper {

  public CleanAddressViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    return cleaned(context, super.getActionURL(context, viewId));
  }

  // The wrapped handler builds these from its own getActionURL, not from the one above.
  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return cleaned(
        context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return cleaned(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  private static String cleaned(FacesContext context, String url) {
    return CleanAddresses.cleaned(url, context.getExternalContext().getRequestContextPath());
  }
}
