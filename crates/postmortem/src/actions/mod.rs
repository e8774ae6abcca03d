//! Action items: every row of an action table (per horizon, per purpose, `AI-001` ids, P0/P1/P2
//! sub-tables, emoji status and priority) and every item of a prioritised action checklist,
//! with the checks a reviewer makes: a specific action, one person as owner, a real due date
//! not before the incident, a known priority and status, and whether it is overdue.

pub mod owner;
pub mod vague;

use std::ops::Range;

use chrono::NaiveDate;
use serde::Serialize;

use crate::document::{Document, Table};
use crate::placeholders::repair_emoji;
use crate::timeline::clock::find_date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    /// No status written, or one we do not know.
    Unknown,
}

/// One action item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionItem {
    pub id: Option<String>,
    pub action: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub priority: Option<String>,
    pub status: ActionStatus,
    /// The status as written.
    pub status_text: Option<String>,
    /// The heading the item sits under (`Prevent Recurrence`, `Immediate (P0 - This Week)`).
    pub group: String,
    pub line: u32,
    /// Whether the table or list has a column or heading for these.
    #[serde(skip)]
    pub has_owner_column: bool,
    #[serde(skip)]
    pub has_due_column: bool,
    #[serde(skip)]
    pub has_priority: bool,
    #[serde(skip)]
    pub has_status: bool,
    #[serde(skip)]
    pub span: Range<usize>,
    #[serde(skip)]
    pub action_span: Range<usize>,
    #[serde(skip)]
    pub owner_span: Option<Range<usize>>,
    #[serde(skip)]
    pub due_span: Option<Range<usize>>,
    #[serde(skip)]
    pub priority_span: Option<Range<usize>>,
    #[serde(skip)]
    pub status_span: Option<Range<usize>>,
}

impl ActionItem {
    pub fn is_open(&self) -> bool {
        matches!(
            self.status,
            ActionStatus::Open | ActionStatus::InProgress | ActionStatus::Unknown
        )
    }

    pub fn is_overdue(&self, today: Option<NaiveDate>) -> bool {
        self.is_open() && matches!((self.due_date, today), (Some(due), Some(today)) if due < today)
    }
}

/// The action_items object of the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ActionSummary {
    pub total: usize,
    /// Not started (or no status written); in-progress items are counted apart.
    pub open: usize,
    pub in_progress: usize,
    pub done: usize,
    pub overdue: usize,
    pub items: Vec<ActionItemReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionItemReport {
    #[serde(flatten)]
    pub item: ActionItem,
    pub overdue: bool,
    /// Names of the rules that found something in this item.
    pub findings: Vec<&'static str>,
}

/// The summary of `items`, which it takes: the report holds each item itself rather than a copy
/// of its strings.
pub fn summarise(items: Vec<ActionItem>, today: Option<NaiveDate>) -> ActionSummary {
    let count = |status| items.iter().filter(|i| i.status == status).count();
    ActionSummary {
        total: items.len(),
        open: items
            .iter()
            .filter(|i| matches!(i.status, ActionStatus::Open | ActionStatus::Unknown))
            .count(),
        in_progress: count(ActionStatus::InProgress),
        done: count(ActionStatus::Done),
        overdue: items.iter().filter(|i| i.is_overdue(today)).count(),
        items: items
            .into_iter()
            .map(|item| ActionItemReport {
                overdue: item.is_overdue(today),
                item,
                findings: Vec::new(),
            })
            .collect(),
    }
}

/// Names in each item's `findings` the diagnostics that start inside it, in the diagnostics'
/// order. The diagnostics are ordered by where they start once and each item takes its own by
/// binary search: asking every diagnostic about every item grew with items × diagnostics (a
/// long document has thousands of each).
pub fn attach_findings(items: &mut [ActionItemReport], diagnostics: &[crate::Diagnostic]) {
    let start = |index: &usize| diagnostics[*index].span.start;
    let mut by_start: Vec<usize> = (0..diagnostics.len()).collect();
    crate::order::sort_by_key(&mut by_start, start);
    for report in items {
        let span = &report.item.span;
        let from = by_start.partition_point(|i| start(i) < span.start);
        let to = by_start.partition_point(|i| start(i) < span.end).max(from);
        let mut inside = by_start[from..to].to_vec();
        crate::order::sort(&mut inside);
        report.findings = inside.into_iter().map(|i| diagnostics[i].name).collect();
    }
}

/// Whether a heading opens an action-items section (`Action Items`, `5.1 Immediate Action
/// Items`), as opposed to the incident's own response actions.
fn is_action_heading(key: &str) -> bool {
    crate::search::contains(key, "action item")
        || key == "actions"
        || key == "follow up actions"
        || key.starts_with("action items")
}

pub fn find(document: &Document, text: &str, lines: &crate::LineIndex) -> Vec<ActionItem> {
    let sections = crate::regions::Regions::new(
        document
            .headings
            .iter()
            .filter(|h| is_action_heading(document.key_of(h)))
            .map(|h| h.span.start..h.body.end),
    );
    let in_section = |offset: usize| sections.contains(offset);
    let mut items = Vec::new();
    for table in &document.tables {
        let group = document.heading_before(table.span.start);
        if let Some(columns) = Columns::of(table)
            && (in_section(table.span.start) || columns.priority.is_some() || columns.due.is_some())
        {
            let heading_priority =
                group.and_then(|h| priority_in_heading(&crate::fold::lower(&h.text)));
            for row in table.rows() {
                items.push(columns.item(
                    row,
                    text,
                    group.map_or("", |h| &*h.text),
                    heading_priority.clone(),
                    lines,
                ));
            }
        }
    }
    // Checklists under a prioritised heading inside an action section (`### High Priority (P0)`).
    // The section first: most checklists (detection, triggers, sign-off) sit outside one, and
    // asking a heading for its priority folds and searches it.
    for task in &document.tasks {
        if !in_section(task.span.start) {
            continue;
        }
        let Some(heading) = document.heading_before(task.span.start) else {
            continue;
        };
        let Some(priority) = priority_in_heading(&crate::fold::lower(&heading.text)) else {
            continue;
        };
        let raw = text.get(task.span.clone()).unwrap_or("");
        let first_line = raw.lines().next().unwrap_or("");
        let marker = first_line.find(']').map_or(0, |p| p + 1);
        let action = first_line[marker..].trim().to_string();
        let action_start = task.span.start
            + marker
            + (first_line[marker..].len() - first_line[marker..].trim_start().len());
        items.push(ActionItem {
            id: None,
            owner: None,
            due: None,
            due_date: find_date(&action),
            priority: Some(priority),
            status: if task.checked {
                ActionStatus::Done
            } else {
                ActionStatus::Open
            },
            status_text: None,
            group: heading.text.to_string(),
            line: lines.line(task.span.start),
            has_owner_column: false,
            has_due_column: false,
            has_priority: true,
            has_status: true,
            span: task.span.start..task.span.start + first_line.len(),
            action_span: action_start..action_start + action.len(),
            owner_span: None,
            due_span: None,
            priority_span: None,
            status_span: None,
            action,
        });
    }
    crate::order::sort_by_key(&mut items, |i| i.span.start);
    items
}

/// Which column holds what.
struct Columns {
    action: usize,
    owner: Option<usize>,
    due: Option<usize>,
    priority: Option<usize>,
    status: Option<usize>,
    id: Option<usize>,
}

impl Columns {
    fn of(table: &Table) -> Option<Columns> {
        let keys = &table.header_keys;
        let find = |test: &dyn Fn(&str) -> bool| keys.position(test);
        let action =
            find(&|k| k == "action" || k == "action item" || k == "task" || k == "action items")?;
        let owner = find(&|k| k.contains("owner") || k == "assignee" || k == "who");
        owner?;
        Some(Columns {
            action,
            owner,
            due: find(&|k| k.contains("due") || k.contains("deadline") || k == "target date"),
            priority: find(&|k| k.contains("priority")),
            status: find(&|k| k == "status" || k.starts_with("status ")),
            id: find(&|k| k == "id" || k.is_empty()),
        })
    }

    fn item(
        &self,
        row: &[crate::document::Cell],
        text: &str,
        group: &str,
        heading_priority: Option<String>,
        lines: &crate::LineIndex,
    ) -> ActionItem {
        let cell = |i: Option<usize>| i.and_then(|i| row.get(i));
        let value = |i: Option<usize>| {
            cell(i)
                .map(|c| c.text.trim().to_string())
                .filter(|t| !t.is_empty())
        };
        let span = |i: Option<usize>| cell(i).map(|c| trimmed(text, c.span.clone()));
        let status_text = value(self.status);
        let due = value(self.due);
        let row_span = row.first().map_or(0..0, |f| {
            f.span.start..row.last().map_or(f.span.end, |l| l.span.end)
        });
        ActionItem {
            id: value(self.id),
            action: value(Some(self.action)).unwrap_or_default(),
            owner: value(self.owner),
            due_date: due.as_deref().and_then(find_date),
            due,
            priority: value(self.priority).or(heading_priority.clone()),
            status: status_text
                .as_deref()
                .map_or(ActionStatus::Unknown, classify_status),
            status_text,
            group: group.to_string(),
            line: lines.line(row_span.start),
            has_owner_column: self.owner.is_some(),
            has_due_column: self.due.is_some(),
            has_priority: self.priority.is_some() || heading_priority.is_some(),
            has_status: self.status.is_some(),
            action_span: span(Some(self.action)).unwrap_or(row_span.clone()),
            owner_span: span(self.owner),
            due_span: span(self.due),
            priority_span: span(self.priority),
            status_span: span(self.status),
            span: row_span,
        }
    }
}

/// A cell's span without the padding around its text.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let raw = text.get(span.clone()).unwrap_or("");
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    span.start + lead..(span.end - trail).max(span.start + lead)
}

/// `Open`, `In Progress`, `Done`, `Not Started`, `Complete`, `⏳`, `✅`, `❌`.
pub fn classify_status(status: &str) -> ActionStatus {
    let repaired = repair_emoji(status);
    // The status words below are ASCII: compared ignoring case rather than on a lower-cased
    // copy of the status.
    let words = repaired.trim();
    let starts = |word: &&str| crate::search::starts_with_ignoring_ascii_case(words, word);
    // Most statuses are words: the emoji are looked for only in a status beyond ASCII (a
    // character beyond ASCII is searched for as a string, with a searcher to set up each time).
    let ascii = words.is_ascii();
    let holds = |emoji: char| !ascii && words.contains(emoji);
    if holds('✅')
        || [
            "done",
            "complete",
            "completed",
            "closed",
            "resolved",
            "shipped",
            "fixed",
        ]
        .iter()
        .any(starts)
    {
        ActionStatus::Done
    } else if holds('⏳')
        || holds('🔄')
        || [
            "in progress",
            "in-progress",
            "ongoing",
            "started",
            "in review",
            "blocked",
        ]
        .iter()
        .any(starts)
    {
        ActionStatus::InProgress
    } else if holds('❌')
        || [
            "open",
            "not started",
            "todo",
            "to do",
            "planned",
            "new",
            "pending",
        ]
        .iter()
        .any(starts)
    {
        ActionStatus::Open
    } else {
        ActionStatus::Unknown
    }
}

/// `Immediate (P0 - This Week)` → `P0`; `High Priority (P0)` → `P0`; `Medium Priority` → `Medium`
/// (from the lower-cased heading text).
fn priority_in_heading(key: &str) -> Option<String> {
    for word in key.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.len() == 2 && word.starts_with('p') && word.as_bytes()[1].is_ascii_digit() {
            return Some(word.to_ascii_uppercase());
        }
    }
    for (words, label) in [
        ("high priority", "High"),
        ("medium priority", "Medium"),
        ("low priority", "Low"),
    ] {
        if crate::search::contains(key, words) {
            return Some(label.into());
        }
    }
    None
}

/// Whether a written priority is one a template offers: P0-P4, High/Medium/Low/Critical, or
/// the red/yellow/green circles (damaged forms included).
pub fn is_known_priority(priority: &str) -> bool {
    let repaired = repair_emoji(priority);
    let trimmed = repaired.trim().trim_matches('*').trim();
    let starts = |word: &&str| crate::search::starts_with_ignoring_ascii_case(trimmed, word);
    ["🔴", "🟡", "🟢"].iter().any(|e| trimmed.starts_with(e))
        || ["critical", "high", "medium", "low", "urgent"]
            .iter()
            .any(starts)
        || (starts(&"p") && trimmed.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<ActionItem> {
        let doc = Document::parse(text);
        find(&doc, text, &crate::LineIndex::new(text))
    }

    #[test]
    fn each_item_names_the_findings_that_start_inside_it_in_report_order() {
        let text = "## Summary\n\n[Summary]\n\n## Action Items\n\n\
                    | Action | Owner | Due Date | Status | Priority |\n|---|---|---|---|---|\n\
                    | Improve monitoring | | | Open | |\n\
                    | Add a p99 latency alert on the search cache | Priya Raman | 2026-12-01 | Open | P1 |\n\
                    | Look into it | [Owner] | soon | Open | P2 |\n";
        let report = crate::check(text, &crate::Config::default());
        let items = &report.action_items.as_ref().unwrap().items;
        assert_eq!(items.len(), 3);
        for item in items {
            let expected: Vec<&str> = report
                .diagnostics
                .iter()
                .filter(|d| item.item.span.contains(&d.span.start))
                .map(|d| d.name)
                .collect();
            assert_eq!(item.findings, expected, "{}", item.item.action);
        }
        assert!(
            items[0].findings.contains(&"vague-action"),
            "{:?}",
            items[0].findings
        );
        assert!(items[1].findings.is_empty(), "{:?}", items[1].findings);
        assert!(items[2].findings.len() >= 2, "{:?}", items[2].findings);
        // The placeholder in the summary belongs to no item.
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.span.start < text.find("## Action").unwrap())
        );
        // Diagnostics in any order keep that order in each item.
        let reversed: Vec<crate::Diagnostic> = report.diagnostics.iter().rev().cloned().collect();
        let mut again = items.clone();
        attach_findings(&mut again, &reversed);
        for (item, before) in again.iter().zip(items) {
            let mut expected = before.findings.clone();
            expected.reverse();
            assert_eq!(item.findings, expected);
        }
    }

    #[test]
    fn rows_of_every_action_table_form_are_items() {
        let text = "## Action Items\n\n### Immediate (P0 - This Week)\n\n| # | Action | Owner | Due Date | Status |\n|---|---|---|---|---|\n\
                    | 1 | Add the venue-disable command to the runbook | Marcus Lee | 2026-07-16 | Done |\n\n\
                    ### 5.1 Immediate Action Items (< 1 week)\n\n| Action | Owner | Due Date | Status | Priority |\n|---|---|---|---|---|\n\
                    | Pause quoting on stale ticks | Lena Fischer | 2026-03-24 | ‚è≥ | üî¥ |\n";
        let found = items(text);
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[0].priority.as_deref(), found[0].status),
            (Some("P0"), ActionStatus::Done)
        );
        assert_eq!(found[0].due_date, NaiveDate::from_ymd_opt(2026, 7, 16));
        assert_eq!(found[1].status, ActionStatus::InProgress);
        assert!(is_known_priority(found[1].priority.as_deref().unwrap()));
        assert_eq!(found[1].line, 13);
    }

    #[test]
    fn prioritised_checklists_are_items_and_review_tables_without_owners_are_not() {
        let text = "## Action Items\n\n### High Priority (P0)\n\n- [ ] Add a pool saturation alert\n- [x] Raise the pool to 50\n\n\
                    ## Follow-Up\n### 12.1 Action Item Status\n| Original Action | Status | Notes |\n|---|---|---|\n| Guard | ⏳ | on track |\n";
        let found = items(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].status, ActionStatus::Done);
        assert_eq!(found[0].action, "Add a pool saturation alert");
    }

    #[test]
    fn statuses_in_every_spelling() {
        assert_eq!(classify_status("Not Started"), ActionStatus::Open);
        assert_eq!(classify_status("In Progress"), ActionStatus::InProgress);
        assert_eq!(classify_status("Complete"), ActionStatus::Done);
        assert_eq!(classify_status("‚úÖ"), ActionStatus::Done);
        assert_eq!(
            classify_status("⏳ waiting on vendor"),
            ActionStatus::InProgress
        );
        assert_eq!(classify_status("🔄"), ActionStatus::InProgress);
        assert_eq!(classify_status(" ❌ "), ActionStatus::Open);
        assert_eq!(classify_status("maybe"), ActionStatus::Unknown);
    }
}
