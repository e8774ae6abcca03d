//! Whether an owner is one person: not a team ("DB Team", "@db-team", "SRE"), not a
//! placeholder ("TBD", "[Name]"), not several people ("Alice, Bob").

/// Why an owner is not one person, if it is not.
pub fn owner_problem(owner: Option<&str>) -> Option<&'static str> {
    let Some(owner) = owner.map(str::trim).filter(|o| !o.is_empty()) else {
        return Some("has no owner");
    };
    // Every word below is ASCII: compared ignoring case, with no lower-cased copy.
    let is = |text: &str, word: &str| text.eq_ignore_ascii_case(word);
    let bare = owner.trim_matches(|c| c == '[' || c == ']');
    if [
        "tbd",
        "tba",
        "n/a",
        "na",
        "none",
        "unassigned",
        "unknown",
        "?",
    ]
    .iter()
    .any(|placeholder| is(bare, placeholder))
        || owner.starts_with('[')
    {
        return Some("has no owner yet (TBD)");
    }
    const GROUPS: &[&str] = &[
        "team",
        "teams",
        "squad",
        "group",
        "org",
        "department",
        "ops",
        "sre",
        "devops",
        "engineering",
        "eng",
        "everyone",
        "all",
        "oncall",
        "support",
        "platform",
        "infra",
        "infrastructure",
        "backend",
        "frontend",
        "security",
        "dba",
        "dbas",
        "qa",
    ];
    let mut words = owner.split(|c: char| !c.is_alphanumeric());
    let ends_team = owner
        .len()
        .checked_sub(5)
        .and_then(|at| owner.as_bytes().get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(b"-team"));
    if words.any(|w| GROUPS.iter().any(|group| is(w, group))) || ends_team {
        return Some("is owned by a team, not a person");
    }
    if owner.contains(',')
        || crate::search::contains(owner, " and ")
        || crate::search::contains(owner, " & ")
        || owner.contains('/')
        || owner.contains(';')
    {
        return Some("has more than one owner");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::owner_problem;

    #[test]
    fn one_person_is_an_owner_and_teams_placeholders_and_pairs_are_not() {
        for person in ["Priya Raman", "@alice", "K. Lee", "M. Patel"] {
            assert_eq!(owner_problem(Some(person)), None, "{person}");
        }
        for (owner, why) in [
            ("", "no owner"),
            ("TBD", "TBD"),
            ("[Name]", "TBD"),
            ("N/A", "TBD"),
            ("[Unassigned]", "TBD"),
            ("@SRE-Oncall", "team"),
            ("DB Team", "team"),
            ("@db-team", "team"),
            ("Platform Team", "team"),
            ("SRE", "team"),
            ("Alice, Bob", "more than one"),
            ("Alice and Bob", "more than one"),
        ] {
            assert!(
                owner_problem(Some(owner)).is_some_and(|p| p.contains(why)),
                "{owner}"
            );
        }
    }
}
