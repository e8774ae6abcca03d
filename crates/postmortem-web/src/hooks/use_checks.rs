use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use postmortem::{Completion, Config, ProfileRef, Report, check, check_sections};
use yew::prelude::*;

/// Drafts up to this size get the full check on every keystroke; larger ones get it once
/// typing pauses for [`PAUSE_MS`] (the checklist stays live either way).
pub const IMMEDIATE_BYTES: usize = 8_000;
pub const PAUSE_MS: u32 = 150;

/// What the page shows: the section checklist (always of the text on screen), the full report,
/// and whether that report describes an older revision ("Updating…").
pub struct Checks {
    pub sections: Rc<(ProfileRef, Completion)>,
    pub report: Rc<Report>,
    pub stale: bool,
}

#[derive(Clone)]
struct Checked {
    revision: u64,
    profile: Option<String>,
    report: Rc<Report>,
}

/// The checks for the draft: the quick section check on every change, the full check at once
/// for small drafts and after a pause for large ones.
#[hook]
pub fn use_checks(text: String, profile: Option<String>, revision: u64) -> Checks {
    let sections = use_memo((text.clone(), profile.clone()), |(text, profile)| {
        check_sections(text, &config(profile))
    });
    let full = {
        let (text, profile) = (text.clone(), profile.clone());
        use_state(move || Checked {
            revision,
            report: Rc::new(check(&text, &config(&profile))),
            profile,
        })
    };
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let full = full.clone();
        let text = text.clone();
        use_effect_with((revision, profile.clone()), move |(revision, profile)| {
            let (revision, profile) = (*revision, profile.clone());
            if full.revision == revision && full.profile == profile {
                return;
            }
            let small = text.len() <= IMMEDIATE_BYTES;
            let run = move || {
                let report = Rc::new(check(&text, &config(&profile)));
                full.set(Checked {
                    revision,
                    profile,
                    report,
                });
            };
            if small {
                timer.borrow_mut().take();
                run();
            } else {
                // Replacing the handle drops (cancels) the previous pending check.
                *timer.borrow_mut() = Some(Timeout::new(PAUSE_MS, run));
            }
        });
    }
    Checks {
        stale: full.revision != revision || full.profile != profile,
        sections,
        report: full.report.clone(),
    }
}

/// The core's configuration for the page: the chosen profile and the browser's today.
pub fn config(profile: &Option<String>) -> Config {
    Config {
        profile: profile.clone(),
        today: today(),
        ..Config::default()
    }
}

/// Today's date from the browser's clock.
fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}
