use postmortem::numbers::{fixed, trimmed};
use postmortem::severity::matrix::{Level, SeverityMatrix, level_of_label};
use postmortem::severity::{SeverityReport, SignalKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeverityPanelProps {
    pub severity: SeverityReport,
    pub on_line: Callback<u32>,
}

/// Declared and suggested severity, every reason with a link to its line, what is missing to
/// judge, and the severity definitions in force (the document's own, or our default matrix on
/// the profile's labels).
#[function_component(SeverityPanel)]
pub fn severity_panel(props: &SeverityPanelProps) -> Html {
    let s = &props.severity;
    let agree = s.declared.is_some() && s.declared_level == s.suggested_level;
    html! {
        <div class="severity">
            <dl class="severity-summary">
                <dt>{ "Declared" }</dt>
                <dd data-testid="severity-declared">{ s.declared.clone().unwrap_or_else(|| "—".into()) }</dd>
                <dt>{ "Suggested" }</dt>
                <dd data-testid="severity-suggested">
                    { s.suggested.clone().unwrap_or_else(|| "—".into()) }
                    { s.suggested_level.map(|l| format!(" ({})", l.as_str())).unwrap_or_default() }
                    if s.declared.is_some() && s.suggested.is_some() {
                        <span class={if agree { "verdict agree" } else { "verdict differs" }}>{ if agree { " ✓ matches" } else { " ≠ differs" } }</span>
                    }
                </dd>
            </dl>
            if !s.reasons.is_empty() {
                <h3>{ "Reasons" }</h3>
                <ul class="reasons">
                    { for s.reasons.iter().map(|r| {
                        let on_line = props.on_line.clone();
                        let line = r.line;
                        html! {
                            <li data-signal={r.signal.label()}>
                                <button type="button" class="link" onclick={Callback::from(move |_| on_line.emit(line))}>
                                    <strong>{ r.signal.label() }</strong>
                                    { amount(r.signal, r.amount) }
                                    { format!(" → {} (line {})", r.level.map_or("no level", Level::as_str), r.line) }
                                </button>
                                <span class="quote">{ r.text.clone() }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            { for s.notes.iter().map(|n| html! { <p class="note">{ n.clone() }</p> }) }
            <h3>{ if s.definitions.is_empty() { "Severity definitions (default)" } else { "Severity definitions (this document's)" } }</h3>
            { definitions_table(s) }
        </div>
    }
}

fn amount(signal: SignalKind, amount: Option<f64>) -> String {
    match (signal, amount) {
        (SignalKind::UsersPercent, Some(p)) => format!(" {}%", trimmed(p, 3)),
        (SignalKind::UsersCount, Some(n)) => format!(" {}", trimmed(n, 3)),
        (SignalKind::RevenuePerHour, Some(r)) => format!(" ${}/hour", fixed(r, 0)),
        _ => String::new(),
    }
}

fn definitions_table(s: &SeverityReport) -> Html {
    let rows: Vec<(String, Vec<String>)> = if s.definitions.is_empty() {
        let matrix = SeverityMatrix::default();
        s.scale
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let level = level_of_label(i, s.scale.len());
                let criteria = matrix
                    .rules
                    .iter()
                    .filter(|r| r.level == level)
                    .map(|r| match r.at_least {
                        Some(min) => format!("{} ≥ {}", r.signal.label(), trimmed(min, 3)),
                        None => r.signal.label().to_string(),
                    })
                    .collect();
                (format!("{label} ({})", level.as_str()), criteria)
            })
            .collect()
    } else {
        s.definitions
            .iter()
            .map(|d| (d.label.clone(), d.criteria.clone()))
            .collect()
    };
    html! {
        <table class="definitions">
            <thead><tr><th scope="col">{ "Level" }</th><th scope="col">{ "When" }</th></tr></thead>
            <tbody>
                { for rows.into_iter().map(|(label, criteria)| html! {
                    <tr>
                        <th scope="row">{ label }</th>
                        <td>{ if criteria.is_empty() { "everything else".to_string() } else { criteria.join("; ") } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
