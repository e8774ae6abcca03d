use super::class_list;
use postmortem::numbers::short as trim;
use postmortem::timeline::stated::Figure;
use postmortem::timeline::{Durations, ErrorBudget};
use yew::prelude::*;

use super::timeline_chart::TimelineChart;

#[derive(Properties, PartialEq)]
pub struct DurationsPanelProps {
    pub durations: Durations,
    pub error_budget: Option<ErrorBudget>,
    /// Goes to a line (1-based).
    pub on_line: Callback<u32>,
}

/// The figures computed from the timeline with our definitions, the stated figures beside them
/// where they disagree, the error budget, and a picture of the timeline.
#[function_component(DurationsPanel)]
pub fn durations_panel(props: &DurationsPanelProps) -> Html {
    let d = &props.durations;
    let rows = [
        ("ttd_minutes", "Time to detect", d.ttd_minutes, Figure::Ttd),
        (
            "tta_minutes",
            "Time to acknowledge",
            d.tta_minutes,
            Figure::Tta,
        ),
        (
            "ttm_minutes",
            "Time to mitigate",
            d.ttm_minutes,
            Figure::Ttm,
        ),
        ("ttr_minutes", "Time to resolve", d.ttr_minutes, Figure::Ttr),
        (
            "duration_minutes",
            "Duration",
            d.duration_minutes,
            Figure::Duration,
        ),
    ];
    html! {
        <div class="durations">
            <table class="figures">
                <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "Computed" }</th><th scope="col">{ "Stated" }</th></tr></thead>
                <tbody>
                { for rows.iter().map(|(key, label, value, figure)| {
                    let definition = d.definitions.get(key).copied().unwrap_or_default();
                    let reason = d.reasons.get(key).cloned().unwrap_or_default();
                    let stated: Vec<_> = d.stated.iter().filter(|s| s.figure.figure == *figure).collect();
                    html! {
                        <tr data-figure={*key}>
                            <th scope="row">{ *label }<span class="definition">{ definition }</span></th>
                            <td class="computed">{
                                match value { Some(m) => html!{ <strong>{ minutes(*m) }</strong> }, None => html!{ <span class="unknown" title={reason.clone()}>{ "unknown" }<span class="reason">{ reason }</span></span> } }
                            }</td>
                            <td class="stated">{ for stated.iter().map(|s| {
                                let differs = s.computed_minutes.is_some_and(|c| (c - s.figure.minutes).abs() > 1.0);
                                let on_line = props.on_line.clone();
                                let line = s.line;
                                html! {
                                    <button type="button" class={class_list(&[Some("stated-figure"), differs.then_some("differs")])}
                                        onclick={Callback::from(move |_| on_line.emit(line))}
                                        title={if differs { "Differs from the computed figure: click to see the line" } else { "Agrees with the timeline" }}>
                                        { if differs { "≠ " } else { "= " } }{ s.figure.text.clone() }{ format!(" (line {})", s.line) }
                                    </button>
                                }
                            }) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            <h3>{ "Milestones" }</h3>
            <ul class="milestones">
                { for d.milestones.iter().map(|m| {
                    let on_line = props.on_line.clone();
                    let line = m.line;
                    html! {
                        <li>
                            <button type="button" class="link" onclick={Callback::from(move |_| on_line.emit(line))}>
                                { m.kind.label() }{ ": " }{ m.at.clone() }{ format!(" — line {}", m.line) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <TimelineChart milestones={d.milestones.clone()} />
            { error_budget(props.error_budget.as_ref()) }
        </div>
    }
}

fn minutes(m: f64) -> String {
    let rounded = m.round() as u64;
    if rounded >= 60 {
        format!("{} h {} min ({} min)", rounded / 60, rounded % 60, trim(m))
    } else {
        format!("{} min", trim(m))
    }
}

fn error_budget(budget: Option<&ErrorBudget>) -> Html {
    let Some(b) = budget else {
        return html! { <p class="empty-state">{ "No SLO target found, so no error budget." }</p> };
    };
    let consumed = b
        .consumed_percent
        .map_or("unknown".to_string(), |p| format!("{}%", trim(p)));
    let width = b.consumed_percent.unwrap_or(0.0).min(100.0);
    html! {
        <div class="error-budget" data-testid="error-budget">
            <h3>{ "Error budget" }</h3>
            <p>{ format!("{}% SLO over {} days: {} min of budget; this incident used {consumed}.", postmortem::numbers::trimmed(b.slo_percent, 4), b.window_days, trim(b.budget_minutes)) }</p>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow={trim(width)} aria-label="Error budget consumed">
                <div class={class_list(&[Some("progress-fill"), (width > 20.0).then_some("burn")])} style={format!("width: {}%", trim(width))}></div>
            </div>
        </div>
    }
}
