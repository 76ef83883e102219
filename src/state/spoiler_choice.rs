use crate::model::{Progress, EPISODE_COUNT};
use crate::names::STORED_CHOICE;

/// How far the reader says they have watched, as remembered between visits.
///
/// The plot-twist toggle is a shortcut to "finished": switching it on shows everything, and
/// switching it off returns to the episode the reader had chosen before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpoilerChoice {
    /// How far the reader has watched, twists included.
    pub progress: Progress,
    before_twists: Progress,
}

impl SpoilerChoice {
    /// A reader up to `progress`, with the twist switch off.
    pub fn watched(progress: Progress) -> Self {
        SpoilerChoice { progress, before_twists: progress }
    }

    /// Whether the twist switch is on ("finished").
    pub fn shows_twists(self) -> bool {
        self.progress == Progress::FINISHED
    }

    /// The choice after the twist switch is set to `on`.
    pub fn with_twists(self, on: bool) -> Self {
        match (on, self.shows_twists()) {
            (true, false) => SpoilerChoice { progress: Progress::FINISHED, before_twists: self.progress },
            (false, true) => {
                SpoilerChoice::watched(self.before_twists.min(Progress::up_to(EPISODE_COUNT - 1)))
            }
            _ => self,
        }
    }

    /// Reads a stored choice; anything missing, malformed, out of range or from another version
    /// of the format is `None`, which means the safe default. The stored form carries a version
    /// so that a future change of format falls back to that instead of being misread; the boot
    /// script reads it with this same rule, from the same pieces (public/reader.js, pinned by
    /// tests/cases/reader.json).
    pub fn parse(stored: &str) -> Option<Self> {
        let [start, middle, end] = STORED_CHOICE;
        let (watched, before_twists) = stored.strip_prefix(start)?.strip_suffix(end)?.split_once(middle)?;
        Some(SpoilerChoice {
            progress: Progress::parse(watched)?,
            before_twists: Progress::parse(before_twists)?,
        })
    }

    /// The form [`parse`](Self::parse) reads back.
    pub fn to_stored(self) -> String {
        let [start, middle, end] = STORED_CHOICE;
        format!("{start}{}{middle}{}{end}", self.progress.watched(), self.before_twists.watched())
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
            "{\"version\":1,\"watched\":03,\"before_twists\":3}",
            "{\"version\":1,\"watched\":3,\"before_twists\":3} ",
            "{\"version\":1,\"watched\":3,\"before_twists\":3,\"x\":1}",
            "{\"version\":1,\"watched\":,\"before_twists\":3}",
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
        assert_eq!(finished.with_twists(false).progress, Progress::up_to(EPISODE_COUNT - 1));
    }
}
