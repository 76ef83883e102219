use crate::model::Progress;
use serde::{Deserialize, Serialize};

/// How far the reader says they have watched, as remembered between visits.
///
/// The plot-twist toggle is a shortcut to "finished": switching it on shows everything, and
/// switching it off returns to the episode the reader had chosen before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpoilerChoice {
    pub progress: Progress,
    before_twists: Progress,
}

/// The stored form carries a version so that a future change of format falls back to the safe
/// default instead of being misread.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u8,
    watched: u8,
    before_twists: u8,
}

const VERSION: u8 = 1;

impl SpoilerChoice {
    pub fn watched(progress: Progress) -> Self {
        SpoilerChoice { progress, before_twists: progress }
    }

    pub fn shows_twists(self) -> bool {
        self.progress == Progress::FINISHED
    }

    pub fn with_twists(self, on: bool) -> Self {
        match (on, self.shows_twists()) {
            (true, false) => SpoilerChoice { progress: Progress::FINISHED, before_twists: self.progress },
            (false, true) => SpoilerChoice::watched(self.before_twists.min(Progress::up_to(9))),
            _ => self,
        }
    }

    /// Reads a stored choice; anything missing, malformed, out of range or from another version
    /// of the format is `None`, which means the safe default.
    pub fn parse(stored: &str) -> Option<Self> {
        let stored: Stored = serde_json::from_str(stored).ok()?;
        let in_range = |n: u8| (n <= Progress::FINISHED.watched()).then(|| Progress::up_to(n));
        if stored.version != VERSION {
            return None;
        }
        Some(SpoilerChoice {
            progress: in_range(stored.watched)?,
            before_twists: in_range(stored.before_twists)?,
        })
    }

    pub fn to_stored(self) -> String {
        let stored = Stored {
            version: VERSION,
            watched: self.progress.watched(),
            before_twists: self.before_twists.watched(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_choice_survives_the_round_trip() {
        for progress in Progress::all() {
            let choice = SpoilerChoice::watched(progress);
            assert_eq!(SpoilerChoice::parse(&choice.to_stored()), Some(choice));
        }
    }

    #[test]
    fn garbage_means_the_safe_default() {
        for stored in [
            "",
            "3",
            "null",
            "{\"version\":1,\"watched\":11,\"before_twists\":0}",
            "{\"version\":2,\"watched\":3,\"before_twists\":3}",
            "{\"version\":1,\"watched\":3}",
            "{\"version\":1,\"watched\":-1,\"before_twists\":0}",
            "<html>",
        ] {
            assert_eq!(SpoilerChoice::parse(stored), None, "{stored}");
        }
    }

    #[test]
    fn the_twist_toggle_returns_to_the_chosen_episode() {
        let at_four = SpoilerChoice::watched(Progress::up_to(4));
        let twists = at_four.with_twists(true);
        assert!(twists.shows_twists());
        assert_eq!(twists.progress, Progress::FINISHED);
        assert_eq!(twists.with_twists(false), at_four);
    }

    #[test]
    fn switching_twists_off_after_finishing_steps_back_one_episode() {
        let finished = SpoilerChoice::watched(Progress::FINISHED);
        assert_eq!(finished.with_twists(false).progress, Progress::up_to(9));
    }
}
