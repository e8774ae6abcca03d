//! The severity matrix: which signal, from what amount, gives which level. The default follows
//! the written definitions of the `sre-slo` template; a team can load its own (JSON or TOML,
//! the same loader as profiles; see docs/severity.md).

use serde::{Deserialize, Serialize};

use super::signals::SignalKind;

/// Our four-level internal scale, most severe first; each profile maps it onto its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Critical,
    High,
    Medium,
    Low,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Critical, Level::High, Level::Medium, Level::Low];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Critical => "critical",
            Level::High => "high",
            Level::Medium => "medium",
            Level::Low => "low",
        }
    }

    /// 0 for critical .. 3 for low.
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// One row of the matrix: a signal, an optional threshold on its amount, and the level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRule {
    pub signal: SignalKind,
    /// For amounts (users, revenue per hour): the rule applies from this value up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    pub level: Level,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeverityMatrix {
    pub rules: Vec<MatrixRule>,
}

impl Default for SeverityMatrix {
    /// Critical: complete outage, all users, data loss, security breach, over $10,000 an hour.
    /// High: partial outage (a major function broken for some users), SLO violated, a required
    /// regulatory notification, half the users or more, $1,000-$10,000 an hour.
    /// Medium: degraded performance, some users, any revenue impact below $1,000 an hour.
    fn default() -> Self {
        use Level::*;
        use SignalKind::*;
        let rule = |signal, at_least, level| MatrixRule {
            signal,
            at_least,
            level,
        };
        SeverityMatrix {
            rules: vec![
                rule(CompleteOutage, None, Critical),
                rule(DataLoss, None, Critical),
                rule(SecurityBreach, None, Critical),
                rule(UsersPercent, Some(100.0), Critical),
                rule(RevenuePerHour, Some(10_000.0), Critical),
                rule(PartialOutage, None, High),
                rule(SloViolated, None, High),
                rule(RegulatoryNotification, None, High),
                rule(UsersPercent, Some(50.0), High),
                rule(RevenuePerHour, Some(1_000.0), High),
                rule(DegradedPerformance, None, Medium),
                rule(UsersPercent, Some(0.01), Medium),
                rule(UsersCount, Some(1.0), Medium),
                rule(RevenuePerHour, Some(0.01), Medium),
            ],
        }
    }
}

impl SeverityMatrix {
    /// The highest level any rule gives for a signal kind and amount.
    pub fn level_for(&self, kind: SignalKind, amount: Option<f64>) -> Option<Level> {
        self.rules
            .iter()
            .filter(|r| r.signal == kind)
            .filter(|r| match (r.at_least, amount) {
                (None, _) => true,
                (Some(min), Some(value)) => value >= min,
                (Some(_), None) => false,
            })
            .map(|r| r.level)
            .min()
    }
}

/// The level a label of a profile's scale stands for: with four labels one each; with three,
/// the last covers medium and low; with two, high and below.
pub fn level_of_label(index: usize, labels: usize) -> Level {
    match (labels, index) {
        (0..=1, _) => Level::Critical,
        (2, 0) | (3, 0) => Level::Critical,
        (2, _) => Level::High,
        (3, 1) => Level::High,
        (3, _) => Level::Medium,
        (_, i) => Level::ALL[i.min(3)],
    }
}

/// The label of a profile's scale for a level.
pub fn label_for(level: Level, labels: &[String]) -> Option<&str> {
    (0..labels.len())
        .find(|&i| level_of_label(i, labels.len()) >= level)
        .or(labels.len().checked_sub(1))
        .map(|i| labels[i].as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_matrix_gives_the_highest_level_for_an_amount() {
        let m = SeverityMatrix::default();
        assert_eq!(
            m.level_for(SignalKind::RevenuePerHour, Some(3_191.0)),
            Some(Level::High)
        );
        assert_eq!(
            m.level_for(SignalKind::RevenuePerHour, Some(12_000.0)),
            Some(Level::Critical)
        );
        assert_eq!(
            m.level_for(SignalKind::UsersPercent, Some(15.0)),
            Some(Level::Medium)
        );
        assert_eq!(
            m.level_for(SignalKind::CompleteOutage, None),
            Some(Level::Critical)
        );
    }

    #[test]
    fn levels_map_onto_three_and_four_label_scales() {
        let four: Vec<String> = ["SEV-1", "SEV-2", "SEV-3", "SEV-4"]
            .map(String::from)
            .to_vec();
        let three: Vec<String> = ["Sev 1", "Sev 2", "Sev 3"].map(String::from).to_vec();
        assert_eq!(label_for(Level::High, &four), Some("SEV-2"));
        assert_eq!(label_for(Level::Low, &four), Some("SEV-4"));
        assert_eq!(label_for(Level::Critical, &three), Some("Sev 1"));
        assert_eq!(label_for(Level::Low, &three), Some("Sev 3"));
        assert_eq!(level_of_label(2, 3), Level::Medium);
    }
}
