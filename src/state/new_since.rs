//! Where "what is new" starts on a visit: the rule the app and the boot script share (pinned
//! on both sides by tests/cases/reader.json).

use crate::model::Progress;

/// What is new on this visit starts where the reader's setting stood before it first moved
/// forward in this tab: the level kept here (in sessionStorage, so it lasts for the visit, over
/// page loads, and each tab has its own). The boot script (public/reader.js) follows the same
/// rule on a prerendered page before the app is there.
///
/// Moving forward from a chosen level keeps the earliest level of the visit; a first-time
/// choice (`from` is `None`) marks nothing new; moving back to or below the kept level forgets
/// it, since nothing is new any more.
pub fn after_move(kept: Option<Progress>, from: Option<Progress>, to: Progress) -> Option<Progress> {
    match (kept, from) {
        (Some(kept), _) if to <= kept => None,
        (Some(kept), _) => Some(kept),
        (None, Some(from)) if to > from => Some(from),
        _ => None,
    }
}

/// A kept level as the app writes it (a level short of the finale, where nothing is new any
/// more); anything else means nothing is new.
pub fn parse(stored: &str) -> Option<Progress> {
    Progress::parse(stored).filter(|&level| level != Progress::FINISHED)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(n: u8) -> Progress {
        Progress::up_to(n)
    }

    #[test]
    fn a_first_choice_marks_nothing_new() {
        assert_eq!(after_move(None, None, at(5)), None);
    }

    #[test]
    fn the_visit_keeps_its_earliest_level() {
        let kept = after_move(None, Some(at(3)), at(5));
        assert_eq!(kept, Some(at(3)));
        assert_eq!(after_move(kept, Some(at(5)), at(7)), Some(at(3)));
        assert_eq!(after_move(kept, Some(at(7)), at(4)), Some(at(3)), "back, but still past it");
    }

    #[test]
    fn going_back_to_it_forgets_it() {
        assert_eq!(after_move(Some(at(3)), Some(at(5)), at(3)), None);
        assert_eq!(after_move(Some(at(3)), Some(at(5)), at(1)), None);
        assert_eq!(after_move(None, Some(at(5)), at(2)), None);
    }

    #[test]
    fn only_plain_levels_short_of_the_finale_are_read() {
        assert_eq!(parse("0"), Some(at(0)));
        assert_eq!(parse("9"), Some(at(9)));
        for garbage in ["", "10", "03", "+3", "-1", "3 ", "x", "99"] {
            assert_eq!(parse(garbage), None, "{garbage:?}");
        }
    }
}
