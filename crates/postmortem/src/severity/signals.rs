//! Impact signals read from the document, each with where it was written: share or count of
//! users affected, complete or partial outage, degraded performance, data loss, security
//! breach, SLO violated, a required regulatory notification, and revenue lost per hour (the
//! amount divided by the computed duration). Code blocks and lines still holding placeholders
//! are skipped; negations ("no data loss", "SLA Breach: No") are understood.

use std::ops::Range;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::numbers::percentages;
use crate::placeholders::Placeholder;
use crate::search;
use crate::wording::{Anchor, StemWords};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    CompleteOutage,
    PartialOutage,
    DegradedPerformance,
    DataLoss,
    SecurityBreach,
    SloViolated,
    RegulatoryNotification,
    /// Share of users (or requests) affected, in percent.
    UsersPercent,
    /// Number of users affected.
    UsersCount,
    /// Revenue lost per hour of the incident, in currency units.
    RevenuePerHour,
}

impl SignalKind {
    pub fn label(self) -> &'static str {
        match self {
            SignalKind::CompleteOutage => "complete outage",
            SignalKind::PartialOutage => "partial outage",
            SignalKind::DegradedPerformance => "degraded performance",
            SignalKind::DataLoss => "data loss",
            SignalKind::SecurityBreach => "security breach",
            SignalKind::SloViolated => "SLO violated",
            SignalKind::RegulatoryNotification => "regulatory notification required",
            SignalKind::UsersPercent => "share of users affected",
            SignalKind::UsersCount => "users affected",
            SignalKind::RevenuePerHour => "revenue lost per hour",
        }
    }
}

/// One signal: what, how much, and where.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal {
    pub kind: SignalKind,
    /// Percent, count, or currency per hour; none for yes/no signals.
    pub amount: Option<f64>,
    /// What the document says, shortened.
    pub text: String,
    #[serde(skip)]
    pub span: Range<usize>,
}

const PHRASES: &[(SignalKind, &[&str])] = &[
    (
        SignalKind::CompleteOutage,
        &[
            "complete outage",
            "full outage",
            "total outage",
            "completely unavailable",
            "completely down",
            "all requests failed",
            "all requests returned",
        ],
    ),
    (
        SignalKind::PartialOutage,
        &[
            "partial outage",
            "partially unavailable",
            "partial unavailability",
        ],
    ),
    (
        SignalKind::DegradedPerformance,
        &[
            "degraded performance",
            "performance degradation",
            "service degradation",
            "degraded service",
            "slow responses",
            "elevated latency",
        ],
    ),
    (
        SignalKind::DataLoss,
        &[
            "data loss",
            "data was lost",
            "lost data",
            "data corruption",
            "corrupted data",
        ],
    ),
    (
        SignalKind::SecurityBreach,
        &[
            "security breach",
            "data breach",
            "unauthorized access",
            "unauthorised access",
            "credentials were exposed",
            "credentials leaked",
        ],
    ),
    (
        SignalKind::SloViolated,
        &[
            "slo violated",
            "slo violation",
            "violated the slo",
            "slo was violated",
            "slo breach",
            "breached the slo",
            "sla breach: yes",
            "sla breach | yes",
        ],
    ),
];

const USER_NOUNS: &[&str] = &[
    "users",
    "customers",
    "accounts",
    "visitors",
    "players",
    "requests",
    "traffic",
    "attempts",
    "searches",
    "sessions",
    "of checkout",
    "of api",
];

/// How the signal phrases are found from a line's stems ([`Anchor`]), built once, on the
/// first check.
struct Anchors {
    /// Each kind's anchors, with a stem bit every phrase of the kind needs one of: a line
    /// without any of them cannot hold the kind's phrases.
    kinds: Vec<(SignalKind, u64, Vec<Anchor>)>,
    /// Everyone affected, found where a user or customer word starts.
    everyone: Vec<Anchor>,
}

static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let anchored = |phrases: &[&'static str]| -> Vec<Anchor> {
        phrases.iter().map(|p| STEM_SET.anchor(p)).collect()
    };
    let kinds = PHRASES
        .iter()
        .map(|(kind, phrases)| {
            let anchors = anchored(phrases);
            let any = anchors.iter().fold(0, |bits, a| bits | a.first_bit());
            (*kind, any, anchors)
        })
        .collect();
    Anchors {
        kinds,
        everyone: anchored(&EVERYONE),
    }
});

/// Every signal in the document (whose lines `lines` indexes and whose stem words are
/// `stem_words`); `duration_minutes` turns an amount lost into a rate.
// Not inlined: compiled into `check` (once its anchors were built only once) it counted
// 0.2% more instructions on the repeated corpus.
#[inline(never)]
pub fn find(
    document: &Document,
    lines: &crate::LineIndex,
    stem_words: &StemWords,
    placeholders: &[Placeholder],
    duration_minutes: Option<f64>,
) -> Vec<Signal> {
    let (anchors, everyone) = (ANCHORS.kinds.as_slice(), ANCHORS.everyone.as_slice());
    // Where the line's words start with a stem; one buffer for every line.
    let mut stems_at: Vec<(usize, u64)> = Vec::new();
    let mut signals: Vec<Signal> = Vec::new();
    let (mut largest_share, mut largest_count): (Option<Signal>, Option<Signal>) = (None, None);
    let mut placeholder_starts = placeholders.iter().map(|p| p.span.start).peekable();
    // The text's next `%` and `$`, each found once: nearly every line holds neither.
    let text = lines.text().as_bytes();
    let (mut percent, mut dollar) = (
        search::NextByte::new(b'%', text),
        search::NextByte::new(b'$', text),
    );
    // One buffer for every line's lower-cased copy.
    let mut lower = String::new();
    // Only the lines with a signal's stem word, `%` or `$` (about one in eight of a real
    // postmortem's): each check below needs one of them.
    for (start, line, words) in stem_words.lines_with(SIGNAL_STEMS, b"%$", lines) {
        while placeholder_starts.next_if(|&p| p < start).is_some() {}
        let has_placeholder = placeholder_starts
            .peek()
            .is_some_and(|&p| p < start + line.len());
        // Which stems and symbols the line holds: each check below needs some of them.
        stems_at.clear();
        stems_at.extend(words.iter().map(|(at, bits)| (at - start, *bits)));
        let stems = stems_at.iter().fold(0, |bits, (_, bit)| bits | bit);
        let within = start..start + line.len();
        let (has_percent, has_dollar) = (percent.within(within.clone()), dollar.within(within));
        if has_placeholder || document.in_code(start) {
            continue;
        }
        lower.clear();
        lower.push_str(line);
        lower.make_ascii_lowercase();
        let lower = lower.as_str();
        let mut push = |kind: SignalKind, amount: Option<f64>, at: Range<usize>| {
            let signal = || Signal {
                kind,
                amount,
                text: shorten(line.trim().trim_start_matches(['-', '*', ' ', '|'])),
                span: start + at.start..start + at.end,
            };
            // The largest share and count stand for the incident (the last of equals).
            let slot = match kind {
                SignalKind::UsersPercent => &mut largest_share,
                SignalKind::UsersCount => &mut largest_count,
                _ => {
                    if !signals.iter().any(|s| s.kind == kind) {
                        signals.push(signal());
                    }
                    return;
                }
            };
            let smaller = slot
                .as_ref()
                .is_some_and(|best: &Signal| amount.unwrap_or(0.0) < best.amount.unwrap_or(0.0));
            if !smaller {
                *slot = Some(signal());
            }
        };
        // A phrase is looked for only when the line starts words with every stem it holds,
        // and only where one of those words starts.
        for (kind, any, anchors) in anchors {
            if stems & any == 0 {
                continue;
            }
            for anchor in anchors {
                let len = anchor.phrase().len();
                if let Some(at) = anchor.first_in(lower, stems, &stems_at)
                    && !negated(lower, at, len)
                {
                    push(*kind, None, at..at + len);
                    break;
                }
            }
        }
        // Availability below its target: `SLO: 99.90% → 99.73%`, `99.9% target, 99.41% actual`.
        if has_percent
            && (search::contains(lower, "slo") || search::contains(lower, "availability"))
            && !search::contains(lower, "no slo")
        {
            let mut shares = percentages(lower).filter(|(p, _)| *p >= 90.0 && *p <= 100.0);
            if let (Some((target, first)), Some((actual, last))) = (shares.next(), shares.next())
                && actual < target
            {
                push(SignalKind::SloViolated, None, first.start..last.end);
            }
        }
        if stems & REGULAT != 0 && search::contains(lower, "regulat") && regulatory_yes(lower) {
            let at = search::find(lower, "regulat").unwrap_or(0);
            push(SignalKind::RegulatoryNotification, None, at..line.len());
        }
        if has_percent {
            for (percent, range) in percents_of_users(lower) {
                push(SignalKind::UsersPercent, Some(percent), range);
            }
        }
        if stems & (USER | CUSTOMER) != 0 {
            for anchor in everyone {
                if let Some(at) = anchor.first_in(lower, stems, &stems_at) {
                    push(
                        SignalKind::UsersPercent,
                        Some(100.0),
                        at..at + anchor.phrase().len(),
                    );
                }
            }
        }
        // The nouns of `count_of_users` start words, so their stems are there.
        if stems & (USER | CUSTOMER | ACCOUNT | VISITOR | PLAYER) != 0
            && let Some((count, range)) = count_of_users(lower)
        {
            push(SignalKind::UsersCount, Some(count), range);
        }
        if has_dollar
            && is_revenue_line(lower)
            && let Some((amount, range)) = money(lower)
        {
            let per_hour = duration_minutes
                .filter(|m| *m > 0.0)
                .map(|m| amount / (m / 60.0));
            push(
                SignalKind::RevenuePerHour,
                per_hour.map(|r| r.round()),
                range,
            );
        }
    }
    signals.extend(largest_share);
    signals.extend(largest_count);
    signals
}

/// The first 100 characters of `text`, with `…` when it goes on. Cut by slicing at the 101st
/// character's byte (the 101st byte when the first 100 are ASCII): copying character by
/// character cost about 3,000 instructions a signal.
fn shorten(text: &str) -> String {
    let cut = if text.len() <= 100 {
        None
    } else if text.as_bytes()[..100].is_ascii() {
        Some(100)
    } else {
        text.char_indices().nth(100).map(|(at, _)| at)
    };
    match cut {
        Some(cut) => {
            let mut short = String::with_capacity(cut + '…'.len_utf8());
            short.push_str(&text[..cut]);
            short.push('…');
            short
        }
        None => text.to_string(),
    }
}

/// Word stems (and symbols) every signal's wording contains one of: a cheap first pass, so
/// that lines without any skip the phrase searches. The first list of [`crate::wording::STEMS`].
pub(crate) const STEMS: &[&str] = &[
    "outage",
    "unavailab",
    "down",
    "requests",
    "degrad",
    "slow",
    "latency",
    "data",
    "breach",
    "unauthori",
    "credential",
    "slo",
    "sla",
    "regulat",
    "user",
    "customer",
    "account",
    "visitor",
    "player",
    "availability",
];

/// [`STEMS`] and the blame check's, indexed by their first three letters.
const STEM_SET: &crate::wording::Stems = &crate::wording::STEMS;
/// The bits of [`STEMS`] in [`STEM_SET`].
const SIGNAL_STEMS: u64 = STEM_SET.first_list();
const REGULAT: u64 = STEM_SET.bit_of("regulat");
/// Phrases that say every user was affected: 100% of users.
const EVERYONE: [&str; 4] = ["all users", "every user", "all customers", "every customer"];
const USER: u64 = STEM_SET.bit_of("user");
const CUSTOMER: u64 = STEM_SET.bit_of("customer");
const ACCOUNT: u64 = STEM_SET.bit_of("account");
const VISITOR: u64 = STEM_SET.bit_of("visitor");
const PLAYER: u64 = STEM_SET.bit_of("player");

/// "no data loss", "Data Loss: None", "without an SLO violation", "SLA Breach: No".
fn negated(lower: &str, at: usize, len: usize) -> bool {
    let before = &lower[..at];
    let window = &before[ceil_boundary(before, before.len().saturating_sub(24))..];
    let after = lower[at + len..].trim_start_matches([':', '*', ' ', '|']);
    // Each negation word with the space after it: the window ends with one, or holds one
    // after a space.
    [" no ", " not ", " without ", " zero ", " never "]
        .iter()
        .any(|spaced| window.ends_with(&spaced[1..]) || window.contains(spaced))
        || after.starts_with("none")
        || after.starts_with("no ")
        || after == "no"
        || after.starts_with("n/a")
}

/// The largest character boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    (0..=at.min(s.len()))
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

/// The smallest character boundary of `s` at or above `at`.
fn ceil_boundary(s: &str, at: usize) -> usize {
    (at..=s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len())
}

fn regulatory_yes(lower: &str) -> bool {
    let after_colon = lower
        .rsplit_once(':')
        .map_or("", |(_, v)| v.trim().trim_matches('*').trim());
    after_colon.starts_with("yes")
        || search::contains(lower, "notified the regulator")
        || search::contains(lower, "regulator was notified")
}

/// `15% of daily active users`, `~15% of API requests`, `31% of checkout attempts`.
fn percents_of_users(lower: &str) -> impl Iterator<Item = (f64, Range<usize>)> + '_ {
    percentages(lower).filter(|(value, range)| {
        let after = &lower[range.end..];
        let window = &after[..floor_boundary(after, 40)];
        window.trim_start().starts_with("of")
            && USER_NOUNS.iter().any(|n| search::contains(window, n))
            && *value <= 100.0
    })
}

/// `9,800 users`, `about 6,200 customers`, `1,140 accounts`.
fn count_of_users(lower: &str) -> Option<(f64, Range<usize>)> {
    let bytes = lower.as_bytes();
    let mut i = 0;
    // Only a digit can start a number: the scan jumps from one to the next.
    while let Some(digit) = crate::swar::find(bytes, i, crate::swar::Digits) {
        i = digit;
        if i == 0
            || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'.' && bytes[i - 1] != b'$'
        {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b',') {
                i += 1;
            }
            // Up to two describing words between the number and the noun ("1,200 active users").
            const NOUNS: &[&str] = &["users", "customers", "accounts", "visitors", "players"];
            let mut rest = lower[i..].trim_start();
            for _ in 0..2 {
                let word = rest.split_whitespace().next().unwrap_or("");
                if NOUNS.iter().any(|n| rest.starts_with(n))
                    || word.is_empty()
                    || !word.chars().all(|c| c.is_ascii_alphabetic())
                {
                    break;
                }
                rest = rest[word.len()..].trim_start();
            }
            let noun = NOUNS.iter().find(|n| rest.starts_with(*n));
            if let Some(noun) = noun
                && !lower[i..].starts_with('%')
            {
                let end = i + (lower[i..].len() - rest.len()) + noun.len();
                // Read from the digits as they stand, commas passed over: the value
                // `numbers::decimal` gives the digits alone, without copying them out.
                let count = bytes[start..i]
                    .iter()
                    .filter(|b| b.is_ascii_digit())
                    .fold(0f64, |count, digit| count * 10.0 + f64::from(digit - b'0'));
                return Some((count, start..end));
            }
        }
        i += 1;
    }
    None
}

fn is_revenue_line(lower: &str) -> bool {
    let money_words = [
        "revenue",
        "loss",
        "lost",
        "missed",
        "fills",
        "transactions",
        "orders",
        "sales",
        "refund",
        "credits",
    ];
    let not_revenue = [
        "engineering",
        "exposure",
        "potential",
        "infrastructure",
        "budget",
        "/hour",
        "per hour",
    ];
    lower.contains('$')
        && money_words.iter().any(|w| search::contains(lower, w))
        && !not_revenue.iter().any(|w| search::contains(lower, w))
}

/// The first `$12,000`, `$12K`, `$1.2M` on a line.
fn money(lower: &str) -> Option<(f64, Range<usize>)> {
    let at = lower.find('$')?;
    let digits_end = at
        + 1
        + lower[at + 1..]
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
            .count();
    let number: String = lower[at + 1..digits_end]
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let mut value = crate::numbers::decimal(number.trim_end_matches('.'))?;
    let mut end = digits_end;
    match lower[digits_end..].chars().next() {
        Some('k') => {
            value *= 1_000.0;
            end += 1;
        }
        Some('m') if !lower[digits_end..].starts_with("min") => {
            value *= 1_000_000.0;
            end += 1;
        }
        _ => {}
    }
    (value > 0.0).then_some((value, at..end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, minutes: Option<f64>) -> Vec<(SignalKind, Option<f64>)> {
        let doc = Document::parse(text);
        let lines = crate::LineIndex::new(text);
        let placeholders = crate::placeholders::find(text, &doc, &lines);
        let words = StemWords::find(text);
        let mut found: Vec<_> = find(&doc, &lines, &words, &placeholders, minutes)
            .into_iter()
            .map(|s| (s.kind, s.amount))
            .collect();
        crate::order::sort_by_key(&mut found, |(k, _)| *k as u8);
        found
    }

    proptest::proptest! {
        #[test]
        fn a_shortened_text_is_its_first_hundred_characters(text in "[a-z ]{90,110}|[a-zé… ]{0,130}") {
            let mut expected: String = text.chars().take(100).collect();
            if expected.len() < text.len() {
                expected.push('…');
            }
            proptest::prop_assert_eq!(shorten(&text), expected);
        }
    }

    /// The number starts `count_of_users` looks at, found byte by byte (as it once scanned).
    fn number_starts_byte_by_byte(lower: &str) -> Vec<usize> {
        let bytes = lower.as_bytes();
        let (mut starts, mut i) = (Vec::new(), 0);
        while i < bytes.len() {
            if bytes[i].is_ascii_digit()
                && (i == 0
                    || !bytes[i - 1].is_ascii_alphanumeric()
                        && bytes[i - 1] != b'.'
                        && bytes[i - 1] != b'$')
            {
                starts.push(i);
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b',') {
                    i += 1;
                }
            }
            i += 1;
        }
        starts
    }

    proptest::proptest! {
        #[test]
        fn a_count_of_users_is_read_at_the_first_number_a_byte_scan_would_take(
            lower in "([0-9]{1,5}|,|\\.|\\$|[a-z]{1,3}| |users|customers|active|%|é)*"
        ) {
            let expected = number_starts_byte_by_byte(&lower).into_iter().find_map(|start| {
                count_of_users(&lower[start..]).filter(|(_, range)| range.start == 0)
                    .map(|(count, range)| (count, start + range.start..start + range.end))
            });
            proptest::prop_assert_eq!(count_of_users(&lower), expected);
        }
    }

    #[test]
    fn the_sre_template_example_reads_as_five_signals() {
        let text = "- ~1,200 active users affected (15% of daily active users)\n\
                    - Complete outage: 47 minutes (14:23-15:10 UTC)\n\
                    - Estimated revenue impact: $2,500 in failed transactions\n\
                    - SLO Impact: API Availability SLO violated (99.90% → 99.73%)\n";
        assert_eq!(
            kinds(text, Some(47.0)),
            [
                (SignalKind::CompleteOutage, None),
                (SignalKind::SloViolated, None),
                (SignalKind::UsersPercent, Some(15.0)),
                (SignalKind::UsersCount, Some(1200.0)),
                (SignalKind::RevenuePerHour, Some(3191.0)),
            ]
        );
    }

    #[test]
    fn all_users_or_customers_is_every_user_affected() {
        let everyone = [(SignalKind::UsersPercent, Some(100.0))];
        for line in [
            "All users saw errors.",
            "Checkout failed for EVERY customer in the EU.",
            "- Impact: every user of search; all customers of checkout\n",
        ] {
            assert_eq!(kinds(line, None), everyone, "{line}");
        }
        for line in [
            "All use cases were covered.",
            "Every one of the customers retried.",
            "All of the users were fine; each customer too.",
        ] {
            assert_eq!(kinds(line, None), [], "{line}");
        }
    }

    #[test]
    fn every_phrase_is_anchored_on_a_stem_word() {
        for phrase in EVERYONE {
            assert!(
                STEM_SET.anchor(phrase).is_anchored(),
                "{phrase} holds no stem"
            );
        }
        for (_, phrases) in PHRASES {
            for phrase in *phrases {
                let anchor = STEM_SET.anchor(phrase);
                assert!(anchor.is_anchored(), "{phrase} holds no stem");
                // Lines without a signal stem are passed over, whatever blame stems they hold.
                let own = STEM_SET.bits_in(phrase) & SIGNAL_STEMS;
                assert_ne!(own, 0, "{phrase} holds no signal stem");
                // The kind's screen: the phrase's own stems hold its first bit.
                let first = anchor.first_bit();
                assert_eq!(first.count_ones(), 1, "{phrase}");
                assert_eq!(STEM_SET.bits_in(phrase) & first, first, "{phrase}");
            }
        }
    }

    #[test]
    fn phrases_are_found_where_their_stem_word_starts_in_any_case() {
        assert_eq!(
            kinds(
                "Customers saw a PARTIAL OUTAGE, then slow responses.\n",
                None
            ),
            [
                (SignalKind::PartialOutage, None),
                (SignalKind::DegradedPerformance, None)
            ]
        );
        assert_eq!(
            kinds("Then all requests failed for ten minutes.\n", None),
            [(SignalKind::CompleteOutage, None)]
        );
        // "data loss" is not the end of "metadata loss"; "unauthorized access" needs both.
        assert!(kinds("Metadata loss in the cache.\n", None).is_empty());
        assert!(kinds("Unauthorized retries; access was fine.\n", None).is_empty());
    }

    #[test]
    fn negations_and_placeholders_are_not_signals() {
        let text = "- **Data Loss:** None\n- No data loss occurred.\n- **SLA Breach:** No\n\
                    - **Service Degradation**: [Full outage / Partial outage / Degraded performance]\n\
                    - Regulatory reporting required: No\n";
        assert!(kinds(text, None).is_empty(), "{:?}", kinds(text, None));
    }

    #[test]
    fn availability_below_its_target_is_an_slo_violation() {
        assert_eq!(
            kinds("- Availability: 99.95% target, 99.80% this month\n", None),
            [(SignalKind::SloViolated, None)]
        );
        assert!(kinds("- Availability: 99.95% target, 99.97% this month\n", None).is_empty());
    }

    #[test]
    fn regulatory_notification_and_security_breach_are_signals() {
        let text = "**Required:** Yes - GDPR, regulatory notification within 72 hours\n\
                    Unauthorized access to one storage bucket was confirmed.\n";
        let found = kinds(text, None);
        assert!(found.contains(&(SignalKind::SecurityBreach, None)));
        let text = "### Regulatory Notifications\n**Regulatory reporting required**: Yes\n";
        assert!(kinds(text, None).contains(&(SignalKind::RegulatoryNotification, None)));
    }
}
