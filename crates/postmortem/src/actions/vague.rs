//! Whether an action is too vague to be done and checked: a vague verb ("improve",
//! "investigate", "look into", "monitor", "review") with no measure of done, a generic object
//! ("fix the bug", "update docs"), or two words or fewer.

/// Verbs that need a measure to become an action.
const VAGUE_VERBS: &[&str] = &[
    "improve",
    "investigate",
    "look into",
    "look at",
    "monitor",
    "review",
    "enhance",
    "consider",
    "explore",
    "ensure",
    "make sure",
    "revisit",
    "address",
    "think about",
    "work on",
    "optimize",
    "optimise",
    "follow up",
    "check",
    "be more careful",
    "be careful",
    "communicate better",
    "better",
    "more",
    "try to",
    "discuss",
    "evaluate",
    "assess",
    "research",
    "analyze",
    "analyse",
    "educate",
    "remind",
    "increase awareness",
    "keep an eye",
    "harden",
    "strengthen",
    "streamline",
    "simplify",
    "refine",
    "bolster",
    "tighten",
    "prioritize",
    "prioritise",
    "reduce",
    "minimize",
    "minimise",
    "maximize",
    "maximise",
    "stabilize",
    "stabilise",
    "modernize",
    "modernise",
    "be proactive",
];

/// Verbs that are fine with a specific object and vague with a generic one.
const GENERIC_OBJECT_VERBS: &[&str] = &["fix", "update", "clean up", "handle", "resolve"];
const GENERIC_OBJECTS: &[&str] = &[
    "bug",
    "bugs",
    "issue",
    "issues",
    "problem",
    "problems",
    "it",
    "this",
    "things",
    "docs",
    "stuff",
    "code",
    "everything",
];

/// Words that give an action a measure of done.
const MEASURES: &[&str] = &[
    "so that",
    "until",
    "within",
    "at least",
    "under ",
    "below",
    "above",
    "threshold",
    "exceeds",
    "alert when",
    "page when",
    "fail the build",
    "every ",
    "per ",
];

/// The better-phrasing hint when an action is vague.
pub fn vague_action(action: &str) -> Option<String> {
    let text = action.trim().trim_start_matches(['-', '*', ' ']).trim();
    if text.is_empty() || text.starts_with('[') {
        return None;
    }
    let lower = crate::fold::lower(text);
    // Looked for only when the action would otherwise be vague (a few in a document): each of
    // the measures is a search of the action.
    let has_measure = || {
        lower.bytes().any(|b| b.is_ascii_digit())
            || MEASURES.iter().any(|m| crate::search::contains(&lower, m))
    };
    // The verbs that share the action's first byte, found inline: most share none.
    let first = lower.as_bytes().first();
    if let Some(verb) = VAGUE_VERBS
        .iter()
        .filter(|v| v.as_bytes().first() == first)
        .find(|v| starts_with_word(&lower, v))
        && !has_measure()
    {
        return Some(format!(
            "\"{verb}\" says what to look at, not what will change; name the change and how you will know it is done (\"Add an alert when pool use exceeds 80% for 5 minutes\")"
        ));
    }
    // "Make the system more resilient": a comparative with nothing to measure it by.
    if starts_with_word(&lower, "make")
        && [
            " more ", " less ", " better", " safer", " faster", " easier",
        ]
        .iter()
        .any(|w| lower.contains(w))
        && !has_measure()
    {
        return Some(format!(
            "\"{text}\" names a wish, not a change; say what will be built or changed, and the number that shows it worked"
        ));
    }
    if let Some(verb) = GENERIC_OBJECT_VERBS
        .iter()
        .find(|v| starts_with_word(&lower, v))
    {
        let rest = lower[verb.len()..]
            .trim_start()
            .trim_start_matches("the ")
            .trim_start_matches("all ");
        if GENERIC_OBJECTS.iter().any(|o| {
            rest.strip_prefix(o)
                .is_some_and(|after| after.is_empty() || after.starts_with(' '))
        }) {
            return Some(format!(
                "\"{text}\" does not say which one; name the component and the change"
            ));
        }
    }
    if lower.split_whitespace().nth(2).is_none() && !has_measure() {
        return Some(format!(
            "\"{text}\" is a topic, not an action; say who changes what, and how you will check it"
        ));
    }
    None
}

fn starts_with_word(lower: &str, word: &str) -> bool {
    // The first byte before the comparison: most actions start with none of the verbs'.
    lower.as_bytes().first() == word.as_bytes().first()
        && lower.starts_with(word)
        && lower[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::vague_action;

    #[test]
    fn vague_and_specific_actions() {
        assert!(vague_action("Improve monitoring").is_some());
        assert!(vague_action("Investigate root cause").is_some());
        assert!(vague_action("Fix the bug").is_some());
        assert!(vague_action("Add connection pool saturation alert (threshold: 80%)").is_none());
        assert!(vague_action("Fix the lock order in the retry scheduler").is_none());
        assert!(
            vague_action("Monitor replication lag and page when it exceeds 30 seconds").is_none()
        );
        assert!(vague_action("[Action description]").is_none());
    }

    #[test]
    fn a_generic_object_is_a_whole_word() {
        let which_one = |action| vague_action(action).is_some_and(|h| h.contains("which one"));
        assert!(which_one("Fix all bugs in the retry scheduler"));
        assert!(which_one("Update the docs"));
        assert!(!which_one(
            "Fix the bugsnag integration for the retry scheduler"
        ));
        assert!(!which_one(
            "Update the docstring of the retry scheduler entry point"
        ));
    }
}
