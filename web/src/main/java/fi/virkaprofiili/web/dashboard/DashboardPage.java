package fi.virkaprofiili.web.dashboard;

import fi.virkaprofiili.dashboard.boundary.Dashboard;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures.UnitCount;
import fi.virkaprofiili.dashboard.boundary.DashboardFigures.WaitingDecisions;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The communications dashboard. Read once per request: it has nothing to remember between requests,
 * so nothing of it stays in the session.
 */
@Named
@RequestScoped
public class DashboardPage {

  @Inject private Dashboard dashboard;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private OrganisationTime time;

  private DashboardFigures figures;

  public String load() {
    try {
      figures = dashboard.figures(currentUser.getId());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  public DashboardFigures getFigures() {
    return figures;
  }

  public List<Map.Entry<ProfileState, Long>> getByState() {
    return List.copyOf(figures.byState().entrySet());
  }

  public List<Map.Entry<Channel, Long>> getByChannel() {
    return List.copyOf(figures.byChannel().entrySet());
  }

  public String unitName(UnitCount count) {
    return count.unit().name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getStateChart() {
    return ChartConfig.bars(
        messages.text("dashboard.profiles"),
        getByState().stream().map(entry -> messages.text("state." + entry.getKey())).toList(),
        getByState().stream().map(Map.Entry::getValue).toList(),
        false);
  }

  public String getChannelChart() {
    return ChartConfig.bars(
        messages.text("dashboard.profiles"),
        getByChannel().stream().map(entry -> messages.text("channel." + entry.getKey())).toList(),
        getByChannel().stream().map(Map.Entry::getValue).toList(),
        false);
  }

  public String getUnitChart() {
    return ChartConfig.bars(
        messages.text("dashboard.profiles"),
        figures.byUnit().stream().map(this::unitName).toList(),
        figures.byUnit().stream().map(UnitCount::profiles).toList(),
        true);
  }

  public String getReviewChart() {
    var reviews = figures.reviews();
    return ChartConfig.bars(
        messages.text("dashboard.reviews"),
        List.of(
            getDueSoonLabel(),
            messages.text("dashboard.reviews.waitingForOwner"),
            messages.text("dashboard.reviews.overdue")),
        List.of(reviews.dueSoon(), reviews.waitingForOwner(), reviews.overdue()),
        false);
  }

  public String getDecisionChart() {
    List<WaitingDecisions> decisions = figures.decisions();
    return ChartConfig.stacked(
        decisions.stream().map(waiting -> messages.taskName(waiting.taskKey())).toList(),
        List.of(
            new ChartConfig.Series(
                messages.text("dashboard.decisions.underAWeek"),
                decisions.stream().map(WaitingDecisions::underAWeek).toList()),
            new ChartConfig.Series(
                messages.text("dashboard.decisions.oneToTwoWeeks"),
                decisions.stream().map(WaitingDecisions::oneToTwoWeeks).toList()),
            new ChartConfig.Series(
                messages.text("dashboard.decisions.overTwoWeeks"),
                decisions.stream().map(WaitingDecisions::overTwoWeeks).toList())),
        true,
        true);
  }

  public String getDueSoonLabel() {
    return messages.text("dashboard.reviews.dueSoon", figures.reviews().withinDays());
  }

  /** Whole days the oldest decision of this kind has waited; empty when none waits. */
  public String daysWaiting(WaitingDecisions waiting) {
    Instant since = waiting.oldestSince();
    return since == null ? "" : Long.toString(Duration.between(since, time.now()).toDays());
  }
}
