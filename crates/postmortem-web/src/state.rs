//! The page's state: the draft (text, save state, chosen profile) and the view (layout,
//! collapsed panels, theme, open dialog). Plain data and reducers, no browser types, so it is
//! tested natively.

use std::rc::Rc;

use yew::Reducible;

/// Whether the text on screen is also in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Storage holds exactly the text on screen.
    Saved,
    /// The text changed and is being written.
    Saving,
    /// The last write failed; the text is still on screen. Carries a message for the user.
    NotSaved(String),
}

/// The draft being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Its id in storage (`draft.<id>`); a draft is written only after its first edit.
    pub id: String,
    pub text: String,
    pub save: SaveState,
    /// The profile the author picked; `None` lets the document and its headings decide.
    pub profile: Option<String>,
    /// Goes up with every edit: checks say which revision they describe.
    pub revision: u64,
    /// The stored revision this tab last read or wrote; it never overwrites a newer one.
    pub seen: u64,
    /// Another tab saved this draft since: its text, until the author chooses.
    pub other_tab: Option<OtherTab>,
}

/// What another tab saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherTab {
    pub text: String,
    pub revision: u64,
}

/// What can happen to the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The author changed the text.
    Edit(String),
    /// A write to storage finished; `Err` carries the reason shown to the user.
    Stored(Result<(), String>),
    /// The author picked a profile (or automatic detection).
    ChooseProfile(Option<String>),
    /// A write went through: storage is at revision `stored`, holding the text of edit
    /// `edit` (a later edit is still to be saved).
    Written { stored: u64, edit: u64 },
    /// Try the failed write again (space was freed).
    Retry,
    /// Another draft replaces this one on screen (opened from the list, created, imported).
    Open(Box<Draft>),
    /// Another tab saved the draft (from the `storage` event, or a refused write).
    OtherTabSaved(OtherTab),
    /// Take the other tab's text (the caller has kept this tab's as a copy).
    UseOtherTab,
    /// Keep this tab's text and save it over the other tab's (kept as a copy by the caller).
    KeepMine,
}

impl Draft {
    pub fn new(id: String, text: String, save: SaveState) -> Self {
        Self {
            id,
            text,
            save,
            profile: None,
            revision: 0,
            seen: 0,
            other_tab: None,
        }
    }
}

impl Reducible for Draft {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(text) if text == self.text => self,
            Action::Edit(text) => Rc::new(Draft {
                text,
                save: SaveState::Saving,
                revision: self.revision + 1,
                ..(*self).clone()
            }),
            Action::Written { stored, edit } => Rc::new(Draft {
                save: if edit == self.revision {
                    SaveState::Saved
                } else {
                    SaveState::Saving
                },
                seen: stored,
                ..(*self).clone()
            }),
            Action::Retry => match self.save {
                SaveState::NotSaved(_) => Rc::new(Draft {
                    save: SaveState::Saving,
                    ..(*self).clone()
                }),
                _ => self,
            },
            Action::Open(draft) => Rc::new(Draft {
                revision: self.revision + 1,
                ..*draft
            }),
            Action::OtherTabSaved(other) if other.revision <= self.seen => self,
            Action::OtherTabSaved(other) if other.text == self.text => Rc::new(Draft {
                seen: other.revision,
                save: SaveState::Saved,
                ..(*self).clone()
            }),
            Action::OtherTabSaved(other) => Rc::new(Draft {
                other_tab: Some(other),
                ..(*self).clone()
            }),
            Action::UseOtherTab => match &self.other_tab {
                Some(other) => Rc::new(Draft {
                    text: other.text.clone(),
                    seen: other.revision,
                    save: SaveState::Saved,
                    revision: self.revision + 1,
                    other_tab: None,
                    ..(*self).clone()
                }),
                None => self,
            },
            Action::KeepMine => match &self.other_tab {
                Some(other) => Rc::new(Draft {
                    seen: other.revision,
                    save: SaveState::Saving,
                    other_tab: None,
                    ..(*self).clone()
                }),
                None => self,
            },
            Action::Stored(Ok(())) => Rc::new(Draft {
                save: SaveState::Saved,
                ..(*self).clone()
            }),
            Action::Stored(Err(message)) => Rc::new(Draft {
                save: SaveState::NotSaved(message),
                ..(*self).clone()
            }),
            Action::ChooseProfile(profile) => Rc::new(Draft {
                profile,
                ..(*self).clone()
            }),
        }
    }
}

/// Which panes are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Editor,
    Split,
    Preview,
}

/// Light, dark, or whatever the system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Theme {
        match text {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// The side panels, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Panel {
    Checklist,
    Problems,
    Durations,
    Severity,
}

/// A dialog over the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    Help,
    History,
    Drafts,
    /// A rule's documentation, by rule id.
    Rule(String),
}

/// The view: everything about the page that is not the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub layout: Layout,
    pub theme: Theme,
    pub collapsed: Vec<Panel>,
    pub dialog: Option<Dialog>,
    /// Problems shown: all, or errors and warnings only.
    pub problems_filter: ProblemsFilter,
    /// Copy and Download append the Key metrics block.
    pub key_metrics: bool,
    /// In an iframe with `?embed=1`: compact chrome.
    pub embedded: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemsFilter {
    All,
    ErrorsAndWarnings,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewAction {
    Layout(Layout),
    Theme(Theme),
    TogglePanel(Panel),
    Open(Dialog),
    Close,
    Filter(ProblemsFilter),
    KeyMetrics(bool),
}

impl Default for View {
    fn default() -> Self {
        View {
            layout: Layout::Split,
            theme: Theme::System,
            collapsed: Vec::new(),
            dialog: None,
            problems_filter: ProblemsFilter::All,
            key_metrics: false,
            embedded: false,
        }
    }
}

impl View {
    /// The view for a page opened with `query` (`?embed=1` embeds: the editor without the
    /// preview, compact chrome).
    pub fn for_query(query: &str) -> View {
        let embedded = query
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == "embed=1" || pair == "embed=true");
        View {
            embedded,
            layout: if embedded {
                Layout::Editor
            } else {
                Layout::Split
            },
            ..View::default()
        }
    }

    pub fn is_collapsed(&self, panel: Panel) -> bool {
        self.collapsed.contains(&panel)
    }
}

impl Reducible for View {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ViewAction::Layout(layout) => next.layout = layout,
            ViewAction::Theme(theme) => next.theme = theme,
            ViewAction::TogglePanel(panel) => {
                if let Some(at) = next.collapsed.iter().position(|p| *p == panel) {
                    next.collapsed.remove(at);
                } else {
                    next.collapsed.push(panel);
                }
            }
            ViewAction::Open(dialog) => next.dialog = Some(dialog),
            ViewAction::Close => next.dialog = None,
            ViewAction::Filter(filter) => next.problems_filter = filter,
            ViewAction::KeyMetrics(on) => next.key_metrics = on,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_marks_the_draft_as_saving_and_a_failed_write_keeps_the_text() {
        let draft = Rc::new(Draft::new("d".into(), String::new(), SaveState::Saved));
        let draft = draft.reduce(Action::Edit("## Timeline".into()));
        assert_eq!((draft.save.clone(), draft.revision), (SaveState::Saving, 1));
        let draft = draft.reduce(Action::Stored(Err("storage full".into())));
        assert_eq!(draft.text, "## Timeline");
        assert_eq!(draft.save, SaveState::NotSaved("storage full".into()));
        let draft = draft.reduce(Action::Retry);
        assert_eq!(draft.save, SaveState::Saving);
        let draft = draft.reduce(Action::Stored(Ok(())));
        assert_eq!(draft.save, SaveState::Saved);
    }

    #[test]
    fn a_write_of_an_older_edit_leaves_the_draft_saving() {
        let draft = Rc::new(Draft::new("d".into(), String::new(), SaveState::Saved));
        let draft = draft.reduce(Action::Edit("a".into()));
        let draft = draft.reduce(Action::Edit("ab".into()));
        let draft = draft.reduce(Action::Written { stored: 1, edit: 1 });
        assert_eq!((draft.save.clone(), draft.seen), (SaveState::Saving, 1));
        let draft = draft.reduce(Action::Written { stored: 2, edit: 2 });
        assert_eq!(draft.save, SaveState::Saved);
    }

    #[test]
    fn opening_another_draft_replaces_it_and_moves_the_revision_on() {
        let draft = Rc::new(Draft::new("a".into(), "first".into(), SaveState::Saved));
        let draft = draft.reduce(Action::Edit("first!".into()));
        let other = Draft {
            seen: 7,
            ..Draft::new("b".into(), "second".into(), SaveState::Saved)
        };
        let opened = draft.reduce(Action::Open(Box::new(other)));
        assert_eq!(
            (
                opened.id.as_str(),
                opened.text.as_str(),
                opened.seen,
                opened.revision
            ),
            ("b", "second", 7, 2)
        );
    }

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_same_state() {
        let draft = Rc::new(Draft::new("d".into(), "x".into(), SaveState::Saved));
        let same = draft.clone().reduce(Action::Edit("x".into()));
        assert!(Rc::ptr_eq(&draft, &same));
    }

    #[test]
    fn another_tab_s_save_is_a_choice_and_neither_text_is_dropped() {
        let draft = Rc::new(Draft::new("d".into(), "mine".into(), SaveState::Saved));
        let other = OtherTab {
            text: "theirs".into(),
            revision: 3,
        };
        let pending = draft.reduce(Action::OtherTabSaved(other.clone()));
        assert_eq!(
            (pending.text.as_str(), pending.other_tab.as_ref()),
            ("mine", Some(&other))
        );
        let theirs = pending.clone().reduce(Action::UseOtherTab);
        assert_eq!(
            (
                theirs.text.as_str(),
                theirs.seen,
                theirs.other_tab.is_none()
            ),
            ("theirs", 3, true)
        );
        let mine = pending.reduce(Action::KeepMine);
        assert_eq!(
            (mine.text.as_str(), mine.seen, mine.save.clone()),
            ("mine", 3, SaveState::Saving)
        );
    }

    #[test]
    fn a_save_already_seen_or_with_the_same_text_is_no_conflict() {
        let draft = Rc::new(Draft {
            seen: 5,
            ..Draft::new("d".into(), "same".into(), SaveState::Saved)
        });
        let old = draft.clone().reduce(Action::OtherTabSaved(OtherTab {
            text: "x".into(),
            revision: 5,
        }));
        assert!(old.other_tab.is_none());
        let same = draft.reduce(Action::OtherTabSaved(OtherTab {
            text: "same".into(),
            revision: 6,
        }));
        assert_eq!((same.seen, same.other_tab.is_none()), (6, true));
    }

    #[test]
    fn choosing_a_profile_keeps_the_text() {
        let draft = Rc::new(Draft::new("d".into(), "x".into(), SaveState::Saved));
        let draft = draft.reduce(Action::ChooseProfile(Some("compact".into())));
        assert_eq!(
            (draft.text.as_str(), draft.profile.as_deref()),
            ("x", Some("compact"))
        );
    }

    #[test]
    fn panels_collapse_and_expand_and_dialogs_open_and_close() {
        let view = Rc::new(View::default());
        let view = view.reduce(ViewAction::TogglePanel(Panel::Problems));
        assert!(view.is_collapsed(Panel::Problems));
        let view = view.reduce(ViewAction::TogglePanel(Panel::Problems));
        assert!(!view.is_collapsed(Panel::Problems));
        let view = view.reduce(ViewAction::Open(Dialog::Rule("PM101".into())));
        assert_eq!(view.dialog, Some(Dialog::Rule("PM101".into())));
        assert_eq!(view.reduce(ViewAction::Close).dialog, None);
    }

    #[test]
    fn embed_1_in_the_query_embeds_with_the_editor_alone() {
        let embedded = View::for_query("?lang=en&embed=1");
        assert!(embedded.embedded);
        assert_eq!(embedded.layout, Layout::Editor);
        assert!(!View::for_query("?embed=0").embedded);
        assert_eq!(View::for_query("").layout, Layout::Split);
    }

    #[test]
    fn the_theme_cycles_through_system_light_and_dark() {
        assert_eq!(Theme::System.next().next().next(), Theme::System);
        assert_eq!(Theme::parse(Theme::Dark.as_str()), Theme::Dark);
    }
}
