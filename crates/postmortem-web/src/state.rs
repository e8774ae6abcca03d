//! The editor's state: the draft text and whether it is safely stored. No browser types here.

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
    pub text: String,
    pub save: SaveState,
}

/// What can happen to the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The author changed the text.
    Edit(String),
    /// A write to storage finished; `Err` carries the reason shown to the user.
    Stored(Result<(), String>),
}

impl Draft {
    pub fn new(text: String, save: SaveState) -> Self {
        Self { text, save }
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
            }),
            Action::Stored(Ok(())) => Rc::new(Draft {
                save: SaveState::Saved,
                ..(*self).clone()
            }),
            Action::Stored(Err(message)) => Rc::new(Draft {
                save: SaveState::NotSaved(message),
                ..(*self).clone()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_marks_the_draft_as_saving_and_a_failed_write_keeps_the_text() {
        let draft = Rc::new(Draft::new(String::new(), SaveState::Saved));
        let draft = draft.reduce(Action::Edit("## Timeline".into()));
        assert_eq!(draft.save, SaveState::Saving);
        let draft = draft.reduce(Action::Stored(Err("storage full".into())));
        assert_eq!(draft.text, "## Timeline");
        assert_eq!(draft.save, SaveState::NotSaved("storage full".into()));
        let draft = draft.reduce(Action::Stored(Ok(())));
        assert_eq!(draft.save, SaveState::Saved);
    }

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_same_state() {
        let draft = Rc::new(Draft::new("x".into(), SaveState::Saved));
        let same = draft.clone().reduce(Action::Edit("x".into()));
        assert!(Rc::ptr_eq(&draft, &same));
    }
}
