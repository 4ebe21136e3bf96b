package fi.virkaprofiili.web.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * Makes PrimeFaces keep a page's Content-Security-Policy nonce in the page's view only when the
 * page keeps a view at all, so that a public page still opens no session.
 *
 * <p>PrimeFaces gives every rendered page a fresh nonce and, unless the view is stateless, keeps it
 * in the view map, to check that a postback of the page sends the same nonce back (its {@code
 * CspState}). It decides this before the page is built, when {@code <f:view transient>} has not
 * been read yet, so every view counts as stateful then: the nonce went into a view map, the view
 * map into a new session, and every anonymous visit to the registry opened a session (which also
 * kept the page out of {@code RegistryCache}).
 *
 * <p>So this asks for the nonce itself as soon as the view is known on a first request (after
 * restore view, before PrimeFaces' own listener runs at render), as for a stateless view: the nonce
 * then lives in the request only. Once the page has been built ({@link PreRenderViewEvent}, before
 * its state is saved), a page that keeps its state gets the nonce into its view map after all, just
 * as PrimeFaces would have done: its postbacks are checked as before. A stateless page keeps
 * nothing, again as PrimeFaces does with a view it knows to be stateless: its postbacks carry no
 * view state to be checked against, and the nonce they send back is only accepted in PrimeFaces'
 * own format (a header or script cannot be written with it).
 *
 * <p>The check is therefore PrimeFaces' own, with two changes of timing: whether the nonce is kept
 * is decided after the page says whether it is stateless instead of before, and a postback's nonce
 * is checked as soon as its view is restored instead of when its response is rendered, after its
 * action.
 */
public class PageNonce implements PhaseListener, SystemEventListener {

  private static final long serialVersionUID = 1L;

  /** The name PrimeFaces keeps the nonce under in the view map and sends it back as. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before the view is known.
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view == null || !enabled(context)) {
      return;
    }
    if (context.isPostback() || context.getPartialViewContext().isAjaxRequest()) {
      // PrimeFaces checks a postback's nonce when it first needs it, at render, after the action
      // has run. Asked for now, a postback its page did not send is refused (CspException, 400 by
      // BadInput) before anything acts on it.
      PrimeFacesContext.getCspState(context).getNonce();
      return;
    }
    boolean stateless = view.isTransient();
    view.setTransient(true);
    try {
      // Read now, while the view counts as stateless: PrimeFaces keeps it in the request only.
      PrimeFacesContext.getCspState(context).getNonce();
    } finally {
      view.setTransient(stateless);
    }
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = (UIViewRoot) event.getSource();
    if (!(event instanceof PreRenderViewEvent) || view.isTransient() || !enabled(context)) {
      return;
    }
    CspState state = PrimeFacesContext.getCspState(context);
    Map<String, Object> viewMap = view.getViewMap(true);
    // Also a view this request navigated to: its postbacks are checked like any other's.
    viewMap.putIfAbsent(NONCE, state.getNonce());
  }

  private static boolean enabled(FacesContext context) {
    return PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp();
  }
}
