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
        .map(|m| format!("{} at {:.0} min", label(m.kind), m.offset_minutes))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <svg class="timeline-chart" viewBox={format!("0 0 {WIDTH} 96")} role="img" aria-label={format!("Timeline: {description}")}>
            <line x1={LEFT.to_string()} x2={RIGHT.to_string()} y1="40" y2="40" class="axis" />
            { for phases.iter().filter_map(|(from, to, name, class)| {
                let (a, b) = (at(*from)?, at(*to)?);
                (b > a).then(|| html! {
                    <g class={*class}>
                        <rect x={x(a).to_string()} y="30" width={(x(b) - x(a)).max(1.0).to_string()} height="20" rx="3" />
                        <text x={((x(a) + x(b)) / 2.0).to_string()} y="25" text-anchor="middle">{ *name }</text>
                    </g>
                })
            }) }
            { for props.milestones.iter().enumerate().map(|(i, m)| {
                let cx = x(m.offset_minutes);
                let y = if i % 2 == 0 { 68 } else { 84 };
                html! {
                    <g class="milestone">
                        <circle cx={cx.to_string()} cy="40" r="4" />
                        <text x={cx.to_string()} y={y.to_string()} text-anchor="middle">
                            { format!("{} +{:.0}m", label(m.kind), m.offset_minutes) }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}
