use postmortem::numbers::fixed;
use postmortem::timeline::MilestoneKind;
use postmortem::timeline::durations::MilestoneReport;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    pub milestones: Vec<MilestoneReport>,
}

const WIDTH: f64 = 320.0;
const LEFT: f64 = 10.0;
const RIGHT: f64 = 310.0;

/// The milestones on a time axis, with the phases between them: start to detection (detect),
/// detection to mitigation (mitigate), mitigation to resolution (resolve). Drawn as inline SVG.
#[function_component(TimelineChart)]
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let span = props
        .milestones
        .iter()
        .map(|m| m.offset_minutes)
        .fold(0.0_f64, f64::max);
    if props.milestones.len() < 2 || span <= 0.0 {
        return html! { <p class="empty-state">{ "The picture appears once two milestones are known." }</p> };
    }
    let x = |minutes: f64| LEFT + (RIGHT - LEFT) * minutes / span;
    let at = |kind: MilestoneKind| {
        props
            .milestones
            .iter()
            .find(|m| m.kind == kind)
            .map(|m| m.offset_minutes)
    };
    let phases = [
        (
            MilestoneKind::Start,
            MilestoneKind::Detected,
            "detect",
            "phase-detect",
        ),
        (
            MilestoneKind::Detected,
            MilestoneKind::Mitigated,
            "mitigate",
            "phase-mitigate",
        ),
        (
            MilestoneKind::Mitigated,
            MilestoneKind::Resolved,
            "resolve",
            "phase-resolve",
        ),
    ];
    let label = |kind: MilestoneKind| match kind {
        MilestoneKind::Start => "start",
        MilestoneKind::Detected => "detected",
        MilestoneKind::Acknowledged => "ack",
        MilestoneKind::Mitigated => "mitigated",
        MilestoneKind::Resolved => "resolved",
    };
    let description = props
        .milestones
        .iter()
        .map(|m| format!("{} at {} min", label(m.kind), fixed(m.offset_minutes, 0)))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <svg class="timeline-chart" viewBox={format!("0 0 {} 96", coordinate(WIDTH))} role="img" aria-label={format!("Timeline: {description}")}>
            <line x1={coordinate(LEFT)} x2={coordinate(RIGHT)} y1="40" y2="40" class="axis" />
            { for phases.iter().filter_map(|(from, to, name, class)| {
                let (a, b) = (at(*from)?, at(*to)?);
                (b > a).then(|| html! {
                    <g class={*class}>
                        <rect x={coordinate(x(a))} y="30" width={coordinate((x(b) - x(a)).max(1.0))} height="20" rx="3" />
                        <text x={coordinate((x(a) + x(b)) / 2.0)} y="25" text-anchor="middle">{ *name }</text>
                    </g>
                })
            }) }
            { for props.milestones.iter().enumerate().map(|(i, m)| {
                let cx = x(m.offset_minutes);
                let y = if i % 2 == 0 { 68 } else { 84 };
                html! {
                    <g class="milestone">
                        <circle cx={coordinate(cx)} cy="40" r="4" />
                        <text x={coordinate(cx)} y={y.to_string()} text-anchor="middle">
                            { format!("{} +{}m", label(m.kind), fixed(m.offset_minutes, 0)) }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// An SVG coordinate to a tenth of a unit.
fn coordinate(value: f64) -> String {
    postmortem::numbers::trimmed(value, 1)
}
